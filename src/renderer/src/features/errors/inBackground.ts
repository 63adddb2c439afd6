import { runInBackground } from '../../../../shared/async/runInBackground'
import { logRendererError } from './logRendererError'

/** A task the screen does not wait for (a load on mount, a refresh after a click): its failure is
 * written to the log under `where`, as an unhandled rejection would have been, but named. */
export function inBackground(task: PromiseLike<unknown>, where: string): void {
  runInBackground(task, (err) => {
    logRendererError(where, err)
  })
}
