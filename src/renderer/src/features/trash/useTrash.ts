import { useCallback, useEffect, useState } from 'react'
import type { TrashEntry } from '../../../../shared/api'
import { api } from '../../api/client'
import { inBackground } from '../errors/inBackground'

/** The Papirkurv's entries, read again whenever `changed` changes (the plan list was read again,
 * so a plan may just have been deleted) and on `reload`. */
export function useTrash(changed: unknown) {
  const [entries, setEntries] = useState<TrashEntry[] | null>(null)
  const [error, setError] = useState<unknown>(null)
  const reload = useCallback(async () => {
    try {
      setEntries(await api['trash.list']())
      setError(null)
    } catch (e) {
      setError(e)
    }
  }, [])
  useEffect(() => {
    inBackground(reload(), 'useTrash')
  }, [reload, changed])
  return { entries, error, reload }
}
