import { AppError } from '../../../shared/model/errors'
import { TrashId } from '../../../shared/model/trash'
import { joinInside } from '../store/insidePath'

/** The parts of one deleted plan in trash/, all named `<base><part>`: its file, its images and
 * reviews (plans/<id>/), and its backups and named versions (backups/<id>/). */
export const TRASH_PARTS = { file: '.json', assets: '.assets', backups: '.backups' } as const

export type TrashParts = { file: string; assets: string; backups: string }

/** The paths of a trash entry's parts, each built through joinInside from the checked id (checked
 * here again, not only by the contract: '..' + '.json' would be a name inside the folder, but no
 * caller should get to try). */
export function trashParts(trashDir: string, trashId: string): TrashParts {
  if (!TrashId.safeParse(trashId).success)
    throw new AppError('invalid-input', `refusing unsafe trash id: ${JSON.stringify(trashId).slice(0, 100)}`)
  return {
    file: joinInside(trashDir, trashId + TRASH_PARTS.file),
    assets: joinInside(trashDir, trashId + TRASH_PARTS.assets),
    backups: joinInside(trashDir, trashId + TRASH_PARTS.backups),
  }
}

// fileStamp() (store/moveAside.ts) writes 2026-12-03T14:05:09.123Z as 2026-12-03T14-05-09-123Z; a
// second delete in the same millisecond adds -1, -2.
const STAMP = /\.(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z(?:-\d+)?$/

/** When the plan was deleted, read from the stamp its trash name got; null for any other name. */
export function deletedAtOf(trashId: string): string | null {
  const m = STAMP.exec(trashId)
  if (!m) return null
  const at = new Date(`${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`)
  return Number.isNaN(at.getTime()) ? null : at.toISOString()
}
