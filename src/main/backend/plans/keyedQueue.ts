import { runInBackground } from '../../../shared/async/runInBackground'
/** Runs the tasks given for one key one after another, so two saves of one plan never interleave
 * between the rev check and the write. */
export function keyedQueue() {
  const tails = new Map<string, Promise<unknown>>()
  return function run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const prev = tails.get(key) ?? Promise.resolve()
    const next = prev.then(task, task)
    const tail = next.catch(() => undefined)
    tails.set(key, tail)
    // tail never rejects (caught above); the handler is there for the lint, not for a case.
    runInBackground(
      tail.then(() => {
        if (tails.get(key) === tail) tails.delete(key)
      }),
      (err) => console.warn('[store] queue bookkeeping failed:', err),
    )
    return next
  }
}
