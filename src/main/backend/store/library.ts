import { join } from 'node:path'
import { Low } from 'lowdb'
import { z } from 'zod'
import { AppError } from '../../../shared/model/errors'
import { DEFAULT_SETTINGS, Settings } from '../../../shared/model/settings'
import { QuarantinedPlan } from '../../../shared/model/plan'
import type { Fs } from './fsFacade'
import { JsonFileAdapter } from './jsonFileAdapter'
import { CorruptFileError } from './corruptFile'
import { moveAside } from './moveAside'
import { toIoError } from './ioError'

export const LibraryFile = z.object({
  schemaVersion: z.literal(1).default(1),
  settings: Settings.default(() => ({ ...DEFAULT_SETTINGS, personalWords: [] })),
  quarantined: z.array(QuarantinedPlan).default([]),
  /** Names of files in quarantine/ whose notices the user has dismissed (the files stay). */
  dismissed: z.array(z.string()).default([]),
})
export type LibraryFile = z.infer<typeof LibraryFile>

const defaults = (): LibraryFile => ({
  schemaVersion: 1,
  settings: { ...DEFAULT_SETTINGS, personalWords: [] },
  quarantined: [],
  dismissed: [],
})

export type Library = {
  data(): LibraryFile
  update(fn: (data: LibraryFile) => void): Promise<LibraryFile>
}

/**
 * library.json: settings and the notices about plans that were moved aside. The list of plans is
 * not kept here but read from plans/, so this file can never disagree with the plans themselves.
 * A library.json that cannot be read is moved aside like a bad plan and the library starts afresh:
 * it holds no words, only settings, and the user is told through the notice list. Where it cannot
 * be moved (a read-only folder, a full disk) or cannot be read at all (no permission), the app
 * still opens on default settings, says so, and never writes over the file it could not read.
 */
export async function openLibrary(fs: Fs, dataDir: string): Promise<Library> {
  const adapter = new JsonFileAdapter<LibraryFile>(fs, join(dataDir, 'library.json'), {
    decode: (v) => LibraryFile.parse(v),
    encode: (d) => d,
  })
  const db = new Low<LibraryFile>(adapter, defaults())
  /** Why library.json may not be written yet: the file there is one we could not read. */
  let blocked: { err: unknown; retry?: () => Promise<void> } | null = null
  const notice = (reason: QuarantinedPlan['reason'], movedTo: string, inPlace?: true): QuarantinedPlan => ({
    id: 'library',
    title: null,
    reason,
    movedTo,
    at: new Date().toISOString(),
    ...(inPlace && { inPlace }),
  })

  const setAside = async (err: CorruptFileError): Promise<void> => {
    const movedTo = await moveAside(fs, dataDir, adapter.path, 'library')
    db.data = { ...db.data, quarantined: [...db.data.quarantined.filter((q) => q.id !== 'library')] }
    db.data.quarantined.push(notice(err.reason, movedTo))
    blocked = null
  }

  try {
    await db.read()
  } catch (err) {
    db.data = defaults()
    if (err instanceof CorruptFileError) {
      try {
        await setAside(err)
        await db.write()
      } catch (moveErr) {
        console.warn('[store] library.json could not be read nor moved aside:', moveErr)
        db.data.quarantined = [notice(err.reason, adapter.path, true)]
        blocked = { err: moveErr, retry: () => setAside(err) }
      }
    } else {
      // Not corrupt but unreadable (no permission, an I/O error): the file may be fine, keep it.
      console.warn('[store] library.json could not be read:', err)
      db.data.quarantined = [notice('unreadable', adapter.path, true)]
      blocked = { err }
    }
  }

  let queue: Promise<unknown> = Promise.resolve()
  return {
    data: () => db.data,
    update(fn) {
      const next = queue.then(async () => {
        if (blocked) {
          const { err, retry } = blocked
          if (!retry) throw toIoError(err, 'library.json could not be read, so it is not written')
          await retry().catch((e: unknown) => {
            throw e instanceof AppError ? e : toIoError(e, 'moving the unreadable library.json aside')
          })
        }
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
