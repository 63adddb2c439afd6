import { AppError } from '../../shared/model/errors'
import type { Services } from '../backend'
import type { HandlersFor } from './types'
import { compareStates, restoreBackup, restoreFromBackup, restoreVersion } from '../backend/versions/restore'

export type VersionCommand =
  | 'backups.list'
  | 'backups.get'
  | 'backups.restore'
  | 'versions.create'
  | 'versions.list'
  | 'versions.get'
  | 'versions.restore'
  | 'versions.compare'
  | 'plans.restoreFromBackup'

/** Backups, named versions and start-up recovery: thin calls into backend/backups and versions. */
export function versionHandlers(
  backend: Pick<Services, 'plans' | 'backups' | 'versions' | 'assets' | 'fs' | 'dataFolder'>,
): HandlersFor<VersionCommand> {
  return {
    'backups.list': ({ id }) => backend.backups.list(id),
    'backups.get': ({ id, seq }) => backend.backups.get(id, seq),
    'backups.restore': ({ id, seq, rev }) => restoreBackup(backend, id, seq, rev),

    'versions.create': async ({ id, name }) => {
      const { readOnly: _readOnly, ...plan } = await backend.plans.get(id)
      // A version of a plan from a newer app would hold fields this app drops: refuse, do not mangle.
      if (_readOnly) throw new AppError('read-only', `plan ${id} was made by a newer version`)
      return backend.versions.create(plan, name)
    },
    'versions.list': ({ id }) => backend.versions.list(id),
    'versions.get': ({ id, versionId }) => backend.versions.get(id, versionId),
    'versions.restore': (input) => restoreVersion(backend, input),
    'versions.compare': ({ id, from, to }) => compareStates(backend, id, from, to),

    'plans.restoreFromBackup': ({ id }) => restoreFromBackup(backend, id),
  }
}
