import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { QuarantinedPlan } from '../../../../shared/api'
import type { BackupSummary } from '../../../../shared/model/versions'
import { PlanId } from '../../../../shared/model/ids'
import { api } from '../../api/client'
import { ErrorMessage } from '../../components/ErrorMessage'
import { friendlyDate } from '../versions/friendlyDate'
import './recovery.css'

/**
 * For a plan that was set aside at start: when a backup of it can be read, say from when and offer
 * to bring the plan back from it. Says plainly when there is none.
 */
export function RestoreFromBackupOffer({
  entry,
  onRestored,
}: {
  entry: QuarantinedPlan
  onRestored: () => void
}) {
  const { t, i18n } = useTranslation('recovery')
  const [newest, setNewest] = useState<BackupSummary | null | undefined>(undefined)
  const [error, setError] = useState<unknown>(null)
  const [busy, setBusy] = useState(false)
  const isPlan = entry.reason !== 'newer-version' && PlanId.safeParse(entry.id).success

  useEffect(() => {
    if (!isPlan) return
    api['backups.list']({ id: entry.id }).then(
      (list) => setNewest(list.reduce<BackupSummary | null>((a, b) => (!a || b.seq > a.seq ? b : a), null)),
      () => setNewest(null),
    )
  }, [entry.id, isPlan])

  if (!isPlan || newest === undefined) return null
  if (newest === null) return <p className="recovery-none">{t('quarantine.noBackup')}</p>
  const when = friendlyDate(newest.savedAt, t, i18n.language)

  const restore = async () => {
    setBusy(true)
    setError(null)
    try {
      await api['plans.restoreFromBackup']({ id: entry.id })
      onRestored()
    } catch (e) {
      setError(e)
    } finally {
      setBusy(false)
    }
  }
  return (
    <div className="recovery-offer">
      <p>{t('quarantine.backupFound', { when, title: newest.title })}</p>
      <button type="button" className="btn btn-primary" onClick={restore} disabled={busy}>
        {t('quarantine.restore', { when })}
      </button>
      <ErrorMessage error={error} />
    </div>
  )
}
