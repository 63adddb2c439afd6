import { createRequire } from 'node:module'
import { existsSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import { AppError, type ErrorCode } from '../../../../shared/model/errors'
import { docxTasks, type DocxTaskName, type DocxTaskResult } from './docxTasks'

/** A real council plan with photos reads in a few seconds; a file that takes a minute is not one. */
export const DOCX_DEADLINE_MS = 60_000

/** Past this a file is refused rather than taking the app's memory (300 MB unpacked is the limit). */
const WORKER_HEAP_MB = 2048

type Answer =
  | { ready: true }
  | { ok: true; value: unknown }
  | { ok: false; error: { code: ErrorCode; message: string; details?: unknown } }

const tooComplex = (why: string) => new AppError('too-large', why, { reason: 'too-complex' })

/**
 * Where the worker's entry is. From the sources (tests, the e2e harness) it is the .ts file beside
 * this one, run through tsx; in the built app electron-vite emits it as out/main/docxWorker.js
 * beside index.js, the chunk this module is bundled into (electron.vite.config.ts lists it).
 */
function startWorker(): Worker {
  const options = { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } }
  if (!import.meta.url.endsWith('.ts')) {
    // Beside index.js, or one up should the bundler have put this module in a chunks/ folder.
    const built = ['./docxWorker.js', '../docxWorker.js'].map((p) => new URL(p, import.meta.url))
    return new Worker(built.find((u) => existsSync(fileURLToPath(u))) ?? built[0], options)
  }
  // Node 20 gives workers no --import loaders: register tsx's hooks inside (its ES module API; the
  // CommonJS one resolves its own files wrongly from an eval worker), then load the entry.
  const api = createRequire(import.meta.url)
    .resolve('tsx/esm/api')
    .replace(/\.cjs$/, '.mjs')
  const entry = new URL('./docxWorker.ts', import.meta.url).href
  const boot = `import(${JSON.stringify(pathToFileURL(api).href)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}) })`
  return new Worker(boot, { ...options, eval: true })
}

/**
 * Runs a task on a Word file in a worker thread, so a huge or hostile file never stalls the main
 * process (saves, the quit handshake, every window); past the deadline, or when the worker runs out
 * of memory, it is stopped and the file refused as too complex. If no worker can be started at all
 * (its entry missing from a package: it fails before saying it is ready), the task runs here
 * instead, with a warning: an import still works, it just cannot be stopped half way.
 */
export function runDocxTask<K extends DocxTaskName>(
  task: K,
  bytes: Uint8Array,
  opts: { deadlineMs?: number } = {},
): Promise<DocxTaskResult<K>> {
  const deadlineMs = opts.deadlineMs ?? DOCX_DEADLINE_MS
  const inProcess = (err: unknown) => {
    console.warn('[import] no worker thread, reading on the main thread:', err)
    return docxTasks[task](bytes) as Promise<DocxTaskResult<K>>
  }
  let worker: Worker
  try {
    worker = startWorker()
  } catch (err) {
    return inProcess(err)
  }
  return new Promise<DocxTaskResult<K>>((resolve, reject) => {
    let ready = false
    let settled = false
    const finish = (fn: () => void) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      void worker.terminate()
      fn()
    }
    const timer = setTimeout(
      () => finish(() => reject(tooComplex(`reading the file took over ${deadlineMs} ms`))),
      deadlineMs,
    )
    worker.on('message', (answer: Answer) => {
      if ('ready' in answer) {
        ready = true
        // The bytes are copied to the worker once it runs: the caller may still use its own.
        const copy = bytes.slice()
        worker.postMessage({ task, bytes: copy }, [copy.buffer as ArrayBuffer])
        return
      }
      finish(() =>
        answer.ok
          ? resolve(answer.value as DocxTaskResult<K>)
          : reject(new AppError(answer.error.code, answer.error.message, answer.error.details)),
      )
    })
    worker.on('error', (err: Error & { code?: string }) =>
      finish(() => {
        if (!ready) inProcess(err).then(resolve, reject)
        else if (err.code === 'ERR_WORKER_OUT_OF_MEMORY')
          reject(tooComplex(`reading the file ran out of memory: ${err.message}`))
        else reject(err)
      }),
    )
    worker.on('exit', (code) =>
      finish(() => reject(new AppError('internal', `the import worker stopped (exit ${code})`))),
    )
  })
}
