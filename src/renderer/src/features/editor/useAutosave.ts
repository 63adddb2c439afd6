import { useEffect, useState, useSyncExternalStore } from 'react'
import { api, errorCode } from '../../api/client'
import { createAutosaver, type Autosaver, type SaveStatus } from './autosaver'

export type { SaveState, SaveStatus, PendingDoc, Autosaver } from './autosaver'

/**
 * The editor's autosave (see autosaver.ts): one saver for the life of the editor, which remounts
 * when the plan or its rev changes. Its status is not React state here: the editor screen must not
 * re-render when a save starts or lands; the parts that show it read it with useSaveStatus.
 */
export function useAutosave(planId: string, initialRev: number, readOnly: boolean): Autosaver {
  const [saver] = useState(() =>
    createAutosaver({
      initialRev,
      readOnly,
      save: async (doc, rev) => (await api['plans.save']({ id: planId, rev, doc })).rev,
      codeOf: errorCode,
    }),
  )
  useEffect(() => () => saver.dispose(), [saver])
  return saver
}

/** The save status, re-rendering only the component that shows it. */
export function useSaveStatus(saver: Autosaver): SaveStatus {
  return useSyncExternalStore(saver.subscribe, saver.status)
}
