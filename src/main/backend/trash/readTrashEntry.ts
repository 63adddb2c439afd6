import { join } from 'node:path'
import { z } from 'zod'
import { PlanId } from '../../../shared/model/ids'
import { TrashId, type TrashEntry, type UnreadableTrash } from '../../../shared/model/trash'
import { wordsInDoc } from '../../../shared/derive/wordCount'
import type { Fs } from '../store/fsFacade'
import { errnoCode } from '../store/fsFacade'
import { salvageTitle } from '../plans/salvageTitle'
import { TRASH_PARTS, deletedAtOf } from './trashNames'

/** Only what the list shows: the id, title and council (a plan from a newer app has them too).
 * The document is not checked here; a restore checks the whole plan before it moves anything. */
const TrashedMeta = z.object({
  id: PlanId,
  meta: z.object({ title: z.string().trim().min(1), council: z.string().default('') }),
  doc: z.unknown(),
})

/**
 * One file of trash/ as the Papirkurv lists it, or null when it vanished since the folder was
 * read (emptied meanwhile). A file that cannot be read or understood is an 'unreadable' entry with
 * its name, whatever went wrong with it: one bad file must never break or shorten the list.
 */
export async function readTrashEntry(fs: Fs, trashDir: string, fileName: string): Promise<TrashEntry | null> {
  const base = fileName.slice(0, -TRASH_PARTS.file.length)
  const trashId = TrashId.safeParse(base).success ? base : null
  const deletedAt = deletedAtOf(base)
  const unreadable = (problem: UnreadableTrash['problem'], title: string | null = null): TrashEntry => ({
    kind: 'unreadable',
    trashId,
    fileName,
    title,
    deletedAt,
    problem,
  })
  let raw: string
  try {
    raw = await fs.readFile(join(trashDir, fileName), 'utf8')
  } catch (err) {
    if (errnoCode(err) === 'ENOENT') return null
    console.warn(`[trash] could not read ${fileName}:`, err)
    return unreadable('read-failed')
  }
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch {
    return unreadable('damaged', salvageTitle(raw))
  }
  const parsed = TrashedMeta.safeParse(value)
  if (!parsed.success) return unreadable('damaged', salvageTitle(raw))
  // Put here by hand under a name the contract cannot carry: shown, and emptied with the rest.
  if (trashId === null) return unreadable('foreign-name', parsed.data.meta.title)
  const { id, meta, doc } = parsed.data
  return {
    kind: 'plan',
    trashId,
    planId: id,
    title: meta.title,
    council: meta.council,
    deletedAt,
    words: wordsInDoc(doc),
  }
}
