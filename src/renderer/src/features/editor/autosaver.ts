import type { DocJSON } from '../../../../shared/api'
import type { ErrorCode } from '../../../../shared/model/errors'
import { runInBackground } from '../../../../shared/async/runInBackground'

export type SaveState = 'saved' | 'saving' | 'unsaved' | 'error' | 'conflict' | 'readOnly'

/** The editor hands over a thunk: the document becomes JSON only when it is actually saved. */
export type PendingDoc = DocJSON | (() => DocJSON)
const docOf = (d: PendingDoc): DocJSON => (typeof d === 'function' ? d() : d)

export const DEBOUNCE_MS = 700
export const RETRY_MS = [2000, 5000, 10000, 30000]

type Deps = {
  initialRev: number
  readOnly: boolean
  /** Saves with the rev the document was based on; resolves the new rev or throws with a code. */
  save: (doc: DocJSON, rev: number) => Promise<number>
  codeOf: (err: unknown) => ErrorCode
  onChange?: (state: SaveState, lastError: ErrorCode | null) => void
}

/** What the status line and the notices show; a new object only when one of them changes. */
export type SaveStatus = { readonly state: SaveState; readonly lastError: ErrorCode | null }

/**
 * Saves the document a moment after the user stops typing, one save at a time, always the newest
 * state, with the plan's rev so that a stale window cannot overwrite newer work. A failed save is
 * retried (disk full, locked folder...) and the document stays in memory until it lands. A refused
 * save (stale rev, read-only) stops saving and keeps the text for the user to rescue.
 * Plain TypeScript, no React. It is also the store of its own status (`status`, `subscribe`): only
 * the components that show the status subscribe, so a change of state (three in every pause in
 * typing) re-renders the status line, not the editor screen around it.
 */
export function createAutosaver(deps: Deps) {
  let rev = deps.initialRev
  let pending: PendingDoc | null = null
  let inFlight: Promise<void> | null = null
  let timer: ReturnType<typeof setTimeout> | null = null
  let retries = 0
  let stopped = deps.readOnly
  let state: SaveState = deps.readOnly ? 'readOnly' : 'saved'
  let lastError: ErrorCode | null = null
  let status: SaveStatus = { state, lastError }
  const listeners = new Set<() => void>()

  const set = (s: SaveState, e: ErrorCode | null = lastError) => {
    if (s === state && e === lastError) return
    state = s
    lastError = e
    status = { state, lastError }
    deps.onChange?.(state, lastError)
    for (const listener of listeners) listener()
  }
  const clearTimer = () => {
    if (timer) clearTimeout(timer)
    timer = null
  }
  const later = (ms: number) => {
    clearTimer()
    timer = setTimeout(() => runInBackground(saveNow(), (err) => console.error('[autosaver]', err)), ms)
  }

  async function attempt(doc: DocJSON): Promise<void> {
    try {
      rev = await deps.save(doc, rev)
      retries = 0
      set(pending ? 'unsaved' : 'saved', null)
    } catch (err) {
      const code = deps.codeOf(err)
      // Keep the unsaved document: never drop it because a save failed.
      pending ??= doc
      if (code === 'stale-rev' || code === 'read-only') {
        stopped = true
        set(code === 'stale-rev' ? 'conflict' : 'readOnly', code)
        return
      }
      set('error', code)
      later(RETRY_MS[Math.min(retries++, RETRY_MS.length - 1)])
    }
  }

  async function saveNow(): Promise<void> {
    clearTimer()
    if (inFlight) {
      await inFlight
      return pending && !stopped ? saveNow() : undefined
    }
    if (!pending || stopped) return
    const doc = docOf(pending)
    pending = null
    set('saving')
    inFlight = attempt(doc)
    await inFlight
    inFlight = null
    // Typing went on during the save: save again soon (unless a retry is already waiting).
    if (pending && !stopped && !timer) later(DEBOUNCE_MS)
  }

  return {
    schedule(doc: PendingDoc) {
      if (deps.readOnly) return
      // After a refused save nothing is saved any more, but the newest text is still kept, so
      // "keep my text as a new plan" keeps every word typed since.
      pending = doc
      if (stopped) return
      if (state !== 'error') set('unsaved')
      later(DEBOUNCE_MS)
    },
    /** Saves whatever is pending now; resolves true when nothing is left unsaved. */
    async flush(): Promise<boolean> {
      if (deps.readOnly) return true
      if (pending || inFlight) await saveNow()
      if (inFlight) await inFlight
      return pending === null
    },
    dispose: () => {
      clearTimer()
      listeners.clear()
    },
    /** The current status; the same object until it changes (a useSyncExternalStore snapshot). */
    status: (): SaveStatus => status,
    subscribe(listener: () => void): () => void {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
    hasPending: () => pending !== null,
    /** The rev of the last save: restoring a version needs it, so a stale window cannot restore. */
    currentRev: () => rev,
    /** The text not yet on disk (after a refused save: what "keep my text as a new plan" keeps). */
    pendingDoc: () => (pending ? docOf(pending) : null),
    /** After a refused save the text was kept elsewhere (a new plan): nothing is left to guard. */
    dropPending: () => {
      pending = null
    },
  }
}

export type Autosaver = ReturnType<typeof createAutosaver>
