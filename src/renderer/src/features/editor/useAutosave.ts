import { useCallback, useEffect, useRef, useState } from 'react'
import type { DocJSON } from '../../../../shared/api'
import { api, errorCode } from '../../api/client'
import type { ErrorCode } from '../../../../shared/model/errors'

export type SaveState = 'saved' | 'saving' | 'unsaved' | 'error' | 'conflict' | 'readOnly'

const DEBOUNCE_MS = 700

/** The editor hands over a thunk: the document becomes JSON only when it is actually saved. */
type PendingDoc = DocJSON | (() => DocJSON)
const docOf = (d: PendingDoc): DocJSON => (typeof d === 'function' ? d() : d)
const RETRY_MS = [2000, 5000, 10000, 30000]

/**
 * Saves the document a moment after the user stops typing, one save at a time, always the newest
 * state, with the plan's rev so that a stale window cannot overwrite newer work. A failed save is
 * retried (disk full, locked folder...) and the document stays in memory until it lands.
 */
export function useAutosave(planId: string, initialRev: number, readOnly: boolean) {
  const [state, setState] = useState<SaveState>(readOnly ? 'readOnly' : 'saved')
  const [lastError, setLastError] = useState<ErrorCode | null>(null)
  const rev = useRef(initialRev)
  const pending = useRef<PendingDoc | null>(null)
  const inFlight = useRef<Promise<void> | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const retries = useRef(0)
  const stopped = useRef(false)

  const clearTimer = () => {
    if (timer.current) clearTimeout(timer.current)
    timer.current = null
  }

  const saveNow = useCallback(async (): Promise<void> => {
    clearTimer()
    if (inFlight.current) {
      await inFlight.current
      if (pending.current) return saveNow()
      return
    }
    if (!pending.current || readOnly) return
    const doc = docOf(pending.current)
    pending.current = null
    setState('saving')
    const attempt = (async () => {
      try {
        const res = await api['plans.save']({ id: planId, rev: rev.current, doc })
        rev.current = res.rev
        retries.current = 0
        setLastError(null)
        setState(pending.current ? 'unsaved' : 'saved')
      } catch (e) {
        const code = errorCode(e)
        // Keep the unsaved document: never drop it because a save failed.
        pending.current ??= doc
        setLastError(code)
        if (code === 'stale-rev' || code === 'read-only') {
          stopped.current = true
          setState(code === 'stale-rev' ? 'conflict' : 'readOnly')
          return
        }
        setState('error')
        const delay = RETRY_MS[Math.min(retries.current++, RETRY_MS.length - 1)]
        clearTimer()
        timer.current = setTimeout(() => void saveNow(), delay)
      }
    })()
    inFlight.current = attempt
    await attempt
    inFlight.current = null
    // Typing went on during the save: save again soon (unless a retry is already waiting).
    if (pending.current && !stopped.current && !timer.current) {
      timer.current = setTimeout(() => void saveNow(), DEBOUNCE_MS)
    }
  }, [planId, readOnly])

  const schedule = useCallback(
    (doc: PendingDoc) => {
      if (readOnly || stopped.current) return
      pending.current = doc
      setState((s) => (s === 'error' ? s : 'unsaved'))
      clearTimer()
      timer.current = setTimeout(() => void saveNow(), DEBOUNCE_MS)
    },
    [readOnly, saveNow],
  )

  /** Saves whatever is pending now; resolves true when nothing is left unsaved. */
  const flush = useCallback(async (): Promise<boolean> => {
    if (readOnly) return true
    if (pending.current || inFlight.current) await saveNow()
    if (inFlight.current) await inFlight.current
    return pending.current === null
  }, [readOnly, saveNow])

  useEffect(() => () => clearTimer(), [])

  return {
    state,
    lastError,
    schedule,
    flush,
    hasPending: () => pending.current !== null,
    /** The rev of the last save: restoring a version needs it, so a stale window cannot restore. */
    currentRev: () => rev.current,
    /** The text not yet on disk (after a refused save: what "keep my text as a new plan" keeps). */
    pendingDoc: () => (pending.current ? docOf(pending.current) : null),
    /** After a refused save the text was kept elsewhere (a new plan): nothing is left to guard. */
    dropPending: () => {
      pending.current = null
    },
  }
}
