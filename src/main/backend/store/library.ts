import { join } from 'node:path'
import { Low } from 'lowdb'
import { z } from 'zod'
import { Settings } from '../../../shared/model/settings'
import { QuarantinedPlan } from '../../../shared/model/plan'
import type { Fs } from './fsFacade'
import { JsonFileAdapter } from './jsonFileAdapter'
import { CorruptFileError } from './corruptFile'
import { moveAside } from './moveAside'

export const LibraryFile = z.object({
  schemaVersion: z.literal(1).default(1),
  settings: Settings.default({ language: 'da' }),
  quarantined: z.array(QuarantinedPlan).default([]),
})
export type LibraryFile = z.infer<typeof LibraryFile>

const defaults = (): LibraryFile => ({ schemaVersion: 1, settings: { language: 'da' }, quarantined: [] })

export type Library = {
  data(): LibraryFile
  update(fn: (data: LibraryFile) => void): Promise<LibraryFile>
}

/**
 * library.json: settings and the notices about plans that were moved aside. The list of plans is
 * not kept here but read from plans/, so this file can never disagree with the plans themselves.
 * A library.json that cannot be read is moved aside like a bad plan and the library starts afresh:
 * it holds no words, only settings, and the user is told through the notice list.
 */
export async function openLibrary(fs: Fs, dataDir: string): Promise<Library> {
  const adapter = new JsonFileAdapter<LibraryFile>(fs, join(dataDir, 'library.json'), {
    decode: (v) => LibraryFile.parse(v),
    encode: (d) => d,
  })
  const db = new Low<LibraryFile>(adapter, defaults())
  try {
    await db.read()
  } catch (err) {
    if (!(err instanceof CorruptFileError)) throw err
    const movedTo = await moveAside(fs, dataDir, adapter.path, 'library')
    db.data = defaults()
    db.data.quarantined.push({
      id: 'library',
      title: null,
      reason: err.reason,
      movedTo,
      at: new Date().toISOString(),
    })
    await db.write()
  }
  let queue: Promise<unknown> = Promise.resolve()
  return {
    data: () => db.data,
    update(fn) {
      const next = queue.then(async () => {
        const draft = structuredClone(db.data)
        fn(draft)
        const previous = db.data
        db.data = LibraryFile.parse(draft)
        try {
          await db.write()
        } catch (err) {
          db.data = previous
          throw err
        }
        return db.data
      })
      queue = next.catch(() => undefined)
      return next
    },
  }
}
