import { AppError } from '../../../shared/model/errors'
import { PlanId } from '../../../shared/model/ids'
import type { Fs } from '../store/fsFacade'
import { errnoCode } from '../store/fsFacade'
import { toIoError } from '../store/ioError'
import { planCodec } from '../plans/planCodec'

export type TrashedPlanFile = { planId: string; title: string }

/**
 * Reads a trashed plan file as the store would read it back once restored: a file the store would
 * set aside as unreadable is refused here, before anything moves, rather than put back only to be
 * quarantined at the next start. A plan from a newer app goes back as it came (it was read-only in
 * the list and is again). A missing file: the entry is gone (emptied meanwhile).
 */
export async function readTrashedPlan(fs: Fs, file: string): Promise<TrashedPlanFile> {
  let raw: string
  try {
    raw = await fs.readFile(file, 'utf8')
  } catch (err) {
    if (errnoCode(err) === 'ENOENT')
      throw new AppError('not-found', `nothing in the trash at ${file}`, { reason: 'trash-entry-gone' })
    throw toIoError(err, `reading ${file}`)
  }
  const unreadable = (why: string) =>
    new AppError('invalid-file', `${file} cannot be restored: ${why}`, { reason: 'trash-unreadable' })
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch (err) {
    throw unreadable(String(err))
  }
  const id = PlanId.safeParse((value as { id?: unknown } | null)?.id)
  if (!id.success) throw unreadable('no plan id')
  try {
    const { plan } = planCodec(id.data).decode(value)
    return { planId: plan.id, title: plan.meta.title }
  } catch (err) {
    // planCodec's 'read-only': a plan from a newer app that this one cannot even read. It was in the
    // list like that before it was deleted, and goes back like that.
    if (err instanceof AppError && err.code === 'read-only') {
      const title = (value as { meta?: { title?: unknown } }).meta?.title
      return { planId: id.data, title: typeof title === 'string' ? title : '' }
    }
    throw unreadable(err instanceof Error ? err.message : String(err))
  }
}
