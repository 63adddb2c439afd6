import type { Worker } from 'node:worker_threads'
import { AppError, type ErrorCode } from '../../../../shared/model/errors'
import { docxTasks, type DocxTaskName, type DocxTaskResult } from './docxTasks'
import { startDocxWorker } from './startDocxWorker'
import { runInBackground } from '../../../../shared/async/runInBackground'

/** A real council plan with photos reads in a few seconds; a file that takes a minute is not one. */
export const DOCX_DEADLINE_MS = 60_000

/** A finished worker waits this long for the next file (mammoth and the schema stay loaded). */
const IDLE_MS = 30_000

type Answer =
  { ok: true; value: unknown } | { ok: false; error: { code: ErrorCode; message: string; details?: unknown } }

const tooComplex = (why: string) => new AppError('too-large', why, { reason: 'too-complex' })

let idle: { worker: Worker; timer: NodeJS.Timeout } | null = null

/** A worker that answered cleanly waits for the next file; it never keeps the process alive. */
/** A worker that will not stop is said in the console; the task's answer does not wait for it. */
const terminateFailed = (err: unknown) => console.warn('[import] stopping the Word worker failed:', err)

function release(worker: Worker): void {
  if (idle) {
    runInBackground(worker.terminate(), terminateFailed)
    return
  }
  worker.unref()
  const timer = setTimeout(() => {
    if (idle?.worker === worker) idle = null
    runInBackground(worker.terminate(), terminateFailed)
  }, IDLE_MS)
  timer.unref()
  idle = { worker, timer }
}

function takeIdle(): Worker | null {
  const slot = idle
  idle = null
  if (!slot) return null
  clearTimeout(slot.timer)
  slot.worker.ref()
  return slot.worker
}

/**
 * Runs a task on a Word file in a worker thread, so a huge or hostile file never stalls the main
 * process (saves, the quit handshake, every window). Past the deadline, or when the worker runs out
 * of memory, the worker is stopped and the file refused as too complex. If no worker can be started
 * at all (a packaging fault), the task runs here instead, with a warning: an import still works,
 * it just cannot be stopped half way.
 */
export async function runDocxTask<K extends DocxTaskName>(
  task: K,
  bytes: Uint8Array,
  opts: { deadlineMs?: number } = {},
): Promise<DocxTaskResult<K>> {
  const deadlineMs = opts.deadlineMs ?? DOCX_DEADLINE_MS
  let worker: Worker
  try {
    worker = takeIdle() ?? (await startDocxWorker())
  } catch (err) {
    console.warn('[import] no worker thread, reading on the main thread:', err)
    return docxTasks[task](bytes) as Promise<DocxTaskResult<K>>
  }
  return new Promise<DocxTaskResult<K>>((resolve, reject) => {
    const done = (outcome: { value: unknown } | { error: unknown }, stop: boolean) => {
      clearTimeout(timer)
      worker.off('message', onMessage)
      worker.off('error', onError)
      worker.off('exit', onExit)
      if (stop) runInBackground(worker.terminate(), terminateFailed)
      else release(worker)
      if ('error' in outcome) reject(outcome.error)
      else resolve(outcome.value as DocxTaskResult<K>)
    }
    const onMessage = (a: Answer) =>
      done(
        a.ok ? { value: a.value } : { error: new AppError(a.error.code, a.error.message, a.error.details) },
        false,
      )
    const onError = (err: Error & { code?: string }) =>
      done(
        {
          error:
            err.code === 'ERR_WORKER_OUT_OF_MEMORY'
              ? tooComplex(`reading the file ran out of memory: ${err.message}`)
              : err,
        },
        true,
      )
    const onExit = (code: number) =>
      done({ error: new AppError('internal', `the import worker stopped (exit ${code})`) }, true)
    const timer = setTimeout(
      () => done({ error: tooComplex(`reading the file took over ${deadlineMs} ms`) }, true),
      deadlineMs,
    )
    worker.on('message', onMessage)
    worker.on('error', onError)
    worker.on('exit', onExit)
    // A copy moves to the worker: the caller may still use its own bytes.
    const copy = bytes.slice()
    worker.postMessage({ task, bytes: copy }, [copy.buffer as ArrayBuffer])
  })
}
