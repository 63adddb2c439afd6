import { useCallback, useEffect, useRef, useState } from 'react'
import { api } from '../../api/client'
import type { MeetingView } from '../../../../shared/model/meeting'
import { inBackground } from '../errors/inBackground'

/** After a failed wait (the backend restarting, say) the next one starts this much later. */
const RETRY_MS = 1000

/**
 * The plan's meeting as the backend has it, kept fresh by meeting.waitForChange: a long poll that
 * answers at the next change (a phone's idea, a vote, the projector moving) or after 20 s, and is
 * asked again at once. Used by the facilitator's panel and by the projector.
 */
export function useMeetingView(planId: string) {
  const [view, setView] = useState<MeetingView | null>(null)
  const [error, setError] = useState<unknown>(null)
  const rev = useRef(-1)

  const take = useCallback((v: MeetingView) => {
    rev.current = v.rev
    setView(v)
  }, [])

  useEffect(() => {
    let live = true
    inBackground(
      (async () => {
        while (live) {
          try {
            const v =
              rev.current < 0
                ? await api['meeting.get']({ planId })
                : await api['meeting.waitForChange']({ planId, sinceRev: rev.current })
            if (live) take(v)
          } catch (e) {
            if (live) setError(e)
            await new Promise((r) => setTimeout(r, RETRY_MS))
          }
        }
      })(),
      'useMeetingView',
    )
    return () => {
      live = false
      rev.current = -1
    }
  }, [planId, take])

  return { view, error, setError, take }
}

/** The facilitator's panel: the live view, and `run` for each facilitator command. */
export function useMeeting(planId: string) {
  const { view, error, setError, take } = useMeetingView(planId)
  const run = useCallback(
    async (f: () => Promise<MeetingView>) => {
      setError(null)
      try {
        take(await f())
        return true
      } catch (e) {
        setError(e)
        return false
      }
    },
    [setError, take],
  )
  return { view, error, run }
}
