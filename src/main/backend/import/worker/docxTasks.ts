import { openDocx } from '../openDocx'
import { readDocx } from '../readDocx'
import { readWordComments } from '../../reviews/wordComments'

/**
 * What may run on a Word file away from the main thread: pure functions of its bytes, whose results
 * survive structured cloning (plain objects and Uint8Arrays).
 */
export const docxTasks = {
  readDocx: (bytes: Uint8Array) => readDocx(bytes),
  readWordComments: async (bytes: Uint8Array) => readWordComments(openDocx(bytes)),
}

export type DocxTaskName = keyof typeof docxTasks
export type DocxTaskResult<K extends DocxTaskName> = Awaited<ReturnType<(typeof docxTasks)[K]>>
