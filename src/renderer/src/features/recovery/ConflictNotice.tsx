import { useState } from 'react'
import './recovery.css'
import { useTranslation } from 'react-i18next'
import type { DocJSON, Plan } from '../../../../shared/api'
import { api } from '../../api/client'
import { ErrorMessage } from '../../components/ErrorMessage'

type Props = {
  plan: Plan
  /** The text this window could not save (the other window's save came first). */
  unsavedDoc: () => DocJSON | null
  onKeptAsNewPlan: (id: string) => void
  onReload: () => void
}

/**
 * Shown when a save was refused because the plan changed elsewhere (another window). Nothing is
 * lost: the refused text can become its own plan, or the user can open the newest state instead.
 */
export function ConflictNotice({ plan, unsavedDoc, onKeptAsNewPlan, onReload }: Props) {
  const { t } = useTranslation('recovery')
  const [error, setError] = useState<unknown>(null)
  const [busy, setBusy] = useState(false)

  const keep = async () => {
    const doc = unsavedDoc()
    if (!doc) return onReload()
    setBusy(true)
    setError(null)
    try {
      const { meta } = plan
      const created = await api['plans.create']({
        title: t('conflict.copyTitle', { title: meta.title }).slice(0, 200),
        council: meta.council,
        kind: meta.kind,
        villages: meta.villages,
        municipality: meta.municipality,
        templateId: 'blank',
        catalogueId: null,
      })
      await api['plans.save']({ id: created.id, rev: created.rev, doc })
      if (meta.catalogue)
        await api['plans.setCatalogue']({ id: created.id, catalogueId: meta.catalogue.id }).catch(
          () => undefined,
        )
      onKeptAsNewPlan(created.id)
    } catch (e) {
      setError(e)
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="alert alert-warning recovery-notice" role="alert">
      <p>
        <strong>{t('conflict.title')}</strong> {t('conflict.body')}
      </p>
      <div className="recovery-actions">
        <button type="button" className="btn btn-primary" onClick={keep} disabled={busy}>
          {t('conflict.keep')}
        </button>
        <button type="button" className="btn" onClick={onReload} disabled={busy}>
          {t('conflict.reload')}
        </button>
      </div>
      <ErrorMessage error={error} />
    </div>
  )
}
