import { parentPort } from 'node:worker_threads'
import { AppError } from '../../../../shared/model/errors'
import { docxTasks, type DocxTaskName } from './docxTasks'

/**
 * The worker thread's entry: reads one Word file per message and answers with the result or the
 * typed error. Anything else thrown is a bug here and crosses as 'internal', as in the main thread.
 */
parentPort?.on('message', async (msg: { task: DocxTaskName; bytes: Uint8Array }) => {
  try {
    const value = await docxTasks[msg.task](msg.bytes)
    parentPort?.postMessage({ ok: true, value })
  } catch (err) {
    const error =
      err instanceof AppError
        ? { code: err.code, message: err.message, details: err.details }
        : { code: 'internal', message: err instanceof Error ? err.message : String(err) }
    parentPort?.postMessage({ ok: false, error })
  }
})

// Loaded and listening: from here on a failure is the file's, not a missing worker.
parentPort?.postMessage({ ready: true })
