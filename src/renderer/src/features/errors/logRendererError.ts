import { api } from '../../api/client'
import { newErrorRef } from '../../../../shared/model/errorRef'

/** Sends a renderer error to the main process's log under a reference, and returns the
 * reference for the user to quote. Never throws: a log that cannot be reached must not turn one
 * error into two. Only the error's name, message and stack go, never the plan's text. */
export function logRendererError(where: string, error: unknown, extra = ''): string {
  const ref = newErrorRef()
  const err = error instanceof Error ? error : new Error(String(error))
  const stack = `${err.stack ?? ''}${extra ? ` | ${extra}` : ''}`.slice(0, 8000)
  api['log.rendererError']({
    where,
    ref,
    message: `${err.name}: ${err.message}`.slice(0, 4000),
    stack,
  }).catch(() => undefined)
  return ref
}

/** Errors no boundary caught (an event handler, a promise nobody awaited) reach the log too. */
export function logUncaughtRendererErrors(target: Window = window): void {
  target.addEventListener('error', (e) => logRendererError('window', e.error ?? e.message))
  target.addEventListener('unhandledrejection', (e) => logRendererError('window', e.reason))
}
