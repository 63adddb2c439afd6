/** The quit handshake without Electron: before the app goes, every window is asked to flush its
 * pending save and the app waits for each answer or a timeout. A laptop that is shutting down
 * must not lose the last sentence typed. */

export type FlushTarget = { id: number; requestFlush(requestId: string): void }

export type QuitFlushOptions = {
  targets(): FlushTarget[]
  /** Really quits; called once, after every window answered or the timeout passed. */
  quit(): void
  timeoutMs?: number
  setTimer?: (fn: () => void, ms: number) => unknown
  clearTimer?: (handle: unknown) => void
}

export type Preventable = { preventDefault(): void }

export function createQuitFlush(opts: QuitFlushOptions) {
  const timeoutMs = opts.timeoutMs ?? 5000
  const setTimer = opts.setTimer ?? ((fn, ms) => setTimeout(fn, ms))
  const clearTimer = opts.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>))
  let state: 'idle' | 'flushing' | 'done' = 'idle'
  let timer: unknown = null
  let counter = 0
  const pending = new Map<string, number>()

  function finish(): void {
    if (state === 'done') return
    state = 'done'
    if (timer !== null) clearTimer(timer)
    pending.clear()
    opts.quit()
  }

  function start(): void {
    state = 'flushing'
    for (const target of opts.targets()) {
      const requestId = `flush-${++counter}`
      pending.set(requestId, target.id)
      try {
        target.requestFlush(requestId)
      } catch {
        pending.delete(requestId)
      }
    }
    if (pending.size === 0) return finish()
    timer = setTimer(finish, timeoutMs)
  }

  return {
    /** Hook for before-quit and a window's close: holds the quit back the first time only. */
    onQuitRequested(event: Preventable): void {
      if (state === 'done') return
      event.preventDefault()
      if (state === 'idle') start()
    },
    /** A window answered. Only the window that was asked can answer its own request. */
    onFlushed(senderId: number, requestId: unknown): void {
      if (typeof requestId !== 'string' || pending.get(requestId) !== senderId) return
      pending.delete(requestId)
      if (pending.size === 0 && state === 'flushing') finish()
    },
    get state() {
      return state
    },
  }
}
