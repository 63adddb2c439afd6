import type { Services } from '../backend'
import type { HandlersFor } from './types'

export type TrashCommand = 'trash.list' | 'trash.restore' | 'trash.empty'

/** The Papirkurv: thin calls into backend/trash. */
export function trashHandlers(backend: Pick<Services, 'trash'>): HandlersFor<TrashCommand> {
  return {
    'trash.list': () => backend.trash.list(),
    'trash.restore': ({ trashId }) => backend.trash.restore(trashId),
    'trash.empty': () => backend.trash.empty(),
  }
}
