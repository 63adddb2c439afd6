/**
 * Starts a task nobody waits for (a window's page load, a worker's end, a list refreshed after a
 * click) and says where its failure goes, so no rejection is lost or left unhandled. The one way to
 * leave a promise unawaited: ESLint's no-floating-promises refuses a bare `void`. The renderer's
 * inBackground (features/errors/) sends the failure to the log under a name.
 */
export function runInBackground(task: PromiseLike<unknown>, onFailure: (err: unknown) => void): void {
  Promise.resolve(task).then(undefined, onFailure)
}
