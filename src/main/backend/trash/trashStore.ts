import type { TrashEntry } from '../../../shared/model/trash'
import type { Fs } from '../store/fsFacade'
import type { PlanPaths } from '../plans/planPaths'
import { keyedQueue } from '../plans/keyedQueue'
import { listTrash } from './listTrash'
import { restoreFromTrash } from './restoreFromTrash'
import { emptyTrash } from './emptyTrash'
import type { TrashedPlanFile } from './readTrashedPlan'

type Deps = {
  fs: Fs
  paths: PlanPaths
  /** The plan store's per-id queue (planStore.exclusive). */
  exclusive: <T>(id: string, task: () => Promise<T>) => Promise<T>
}

/**
 * The Papirkurv: deleted plans in trash/ (put there by plans/movePlanToTrash.ts), listed, put back
 * whole, or deleted for good. A restore and an empty never run at once, so an empty cannot take the
 * parts of a plan that is half way back.
 */
export function createTrashStore({ fs, paths, exclusive }: Deps) {
  const serial = keyedQueue()
  const one = <T>(task: () => Promise<T>) => serial('trash', task)
  return {
    list: (): Promise<TrashEntry[]> => listTrash(fs, paths.trashDir),
    restore: (trashId: string): Promise<TrashedPlanFile> =>
      one(() => restoreFromTrash({ fs, paths, exclusive }, trashId)),
    empty: (): Promise<{ removed: number }> => one(() => emptyTrash(fs, paths.trashDir)),
  }
}

export type TrashStore = ReturnType<typeof createTrashStore>
