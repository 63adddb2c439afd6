import { useCallback, useEffect, useState } from 'react'
import { api } from '../../api/client'
import type { MeetingView } from '../../../../shared/model/meeting'
import { inBackground } from '../errors/inBackground'

/** Ideas arrive from phones while the meeting is open; the panel asks again every second then. */
const POLL_MS = 1000

/** The plan's meeting as the backend has it, and `run` for each facilitator command. */
export function useMeeting(planId: string) {
  const [view, setView] = useState<MeetingView | null>(null)
  const [error, setError] = useState<unknown>(null)

  const run = useCallback(async (f: () => Promise<MeetingView>) => {
    setError(null)
    try {
      setView(await f())
      return true
    } catch (e) {
      setError(e)
      return false
    }
  }, [])

  useEffect(() => {
    inBackground(
      run(() => api['meeting.get']({ planId })),
      'useMeeting',
    )
  }, [planId, run])

  const running = view?.running ?? false
  useEffect(() => {
    if (!running) return
    const timer = setInterval(() => {
      api['meeting.get']({ planId }).then(setView, setError)
    }, POLL_MS)
    return () => clearInterval(timer)
  }, [planId, running])

  return { view, error, run }
}
