import { useCallback, useEffect, useState } from 'react'
import { api } from '../../api/client'
import type { BackupSummary, VersionSummary } from '../../../../shared/model/versions'
import { inBackground } from '../errors/inBackground'

/** The plan's named versions and backup generations, newest first, fetched when the panel opens. */
export function useVersionLists(planId: string, open: boolean) {
  const [versions, setVersions] = useState<VersionSummary[] | null>(null)
  const [backups, setBackups] = useState<BackupSummary[] | null>(null)
  const [error, setError] = useState<unknown>(null)
  const reload = useCallback(async () => {
    try {
      const [v, b] = await Promise.all([
        api['versions.list']({ id: planId }),
        api['backups.list']({ id: planId }),
      ])
      setVersions([...v].sort((x, y) => (x.createdAt < y.createdAt ? 1 : -1)))
      setBackups([...b].sort((x, y) => y.seq - x.seq))
      setError(null)
    } catch (e) {
      setError(e)
    }
  }, [planId])
  useEffect(() => {
    if (open) inBackground(reload(), 'useVersionLists')
  }, [open, reload])
  return { versions, backups, error, reload }
}
