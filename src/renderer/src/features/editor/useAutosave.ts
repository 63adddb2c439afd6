import { useEffect, useState } from 'react'
import { api, errorCode } from '../../api/client'
import type { ErrorCode } from '../../../../shared/model/errors'
import { createAutosaver, type SaveState } from './autosaver'

export type { SaveState, PendingDoc } from './autosaver'

/** The editor's autosave (see autosaver.ts), with its state mirrored into React for the status line. */
export function useAutosave(planId: string, initialRev: number, readOnly: boolean) {
  const [status, setStatus] = useState<{ state: SaveState; lastError: ErrorCode | null }>({
    state: readOnly ? 'readOnly' : 'saved',
    lastError: null,
  })
  // One saver for the life of the editor; the editor remounts when the plan or its rev changes.
  const [saver] = useState(() =>
    createAutosaver({
      initialRev,
      readOnly,
      save: async (doc, rev) => (await api['plans.save']({ id: planId, rev, doc })).rev,
      codeOf: errorCode,
      // Only a real change re-renders: schedule() runs on every keystroke, and a new object here
      // re-rendered the whole editor screen (toolbar, outline, panels) each time.
      onChange: (state, lastError) =>
        setStatus((prev) =>
          prev.state === state && prev.lastError === lastError ? prev : { state, lastError },
        ),
    }),
  )
  useEffect(() => () => saver.dispose(), [saver])

  return {
    state: status.state,
    lastError: status.lastError,
    schedule: saver.schedule,
    flush: saver.flush,
    hasPending: saver.hasPending,
    currentRev: saver.currentRev,
    pendingDoc: saver.pendingDoc,
    dropPending: saver.dropPending,
  }
}
