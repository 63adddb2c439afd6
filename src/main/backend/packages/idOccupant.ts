import type { Plan } from '../../../shared/model/plan'
import { AppError } from '../../../shared/model/errors'
import type { Services } from '../index'
import { exists } from '../store/fsFacade'
import { toIoError } from '../store/ioError'

/**
 * Who holds a plan id here, decided before an import writes anything:
 * - free: no plan file, no plan folder, no set-aside plan of that id;
 * - plan: a plan this app can open (perhaps read-only, from a newer app);
 * - other: something it cannot open but must not touch: a plan file from a newer app that does not
 *   even parse, one just set aside as unreadable, a set-aside plan whose images and reviews still
 *   sit in plans/<id>/, or such a folder without a plan.
 * A failure to look (a disk error, no permission) is that error, never "free".
 */
export type IdOccupant =
  { kind: 'free' } | { kind: 'plan'; plan: Plan & { readOnly: boolean } } | { kind: 'other'; what: string }

export async function idOccupant(
  backend: Pick<Services, 'plans' | 'fs' | 'dataFolder'>,
  id: string,
): Promise<IdOccupant> {
  try {
    return { kind: 'plan', plan: await backend.plans.get(id) }
  } catch (err) {
    if (!(err instanceof AppError)) throw toIoError(err, `looking for plan ${id}`)
    if (err.code === 'read-only') return { kind: 'other', what: 'a plan from a newer app' }
    if (err.code === 'invalid-file') return { kind: 'other', what: 'an unreadable plan, now set aside' }
    if (err.code !== 'not-found') throw err
  }
  const { quarantined } = await backend.plans.list()
  if (quarantined.some((q) => q.id.toLowerCase() === id)) return { kind: 'other', what: 'a set-aside plan' }
  const folder = backend.dataFolder.paths.folder(id)
  try {
    if (await exists(backend.fs, folder)) return { kind: 'other', what: `the folder ${folder}` }
  } catch (err) {
    throw toIoError(err, `looking for ${folder}`)
  }
  return { kind: 'free' }
}
