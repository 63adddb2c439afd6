import { useState } from 'react'
import type { TFunction } from 'i18next'
import type { PlanSummary } from '../../../../shared/api'
import { api } from '../../api/client'
import { ErrorMessage } from '../../components/ErrorMessage'
import { Modal } from '../../components/Modal'
import './packages.css'

type Outcome = { kind: 'saved'; path: string } | { kind: 'failed'; error: unknown } | null

type Props = {
  plan: PlanSummary
  /** The packages' lookups from the list that shows the button (one subscription, not one a row). */
  t: TFunction<'packages'>
}

/** "Gem som plan-fil": the whole plan (text, pictures, catalogue, versions) as one file to carry to
 * another laptop. Where it went (or why not) is told in a small dialog, not squeezed into the row;
 * the dialog exists only while it is shown (a closed <dialog> in each of 50 rows cost their drawing). */
export function ExportPackageButton({ plan, t }: Props) {
  const [outcome, setOutcome] = useState<Outcome>(null)
  const [busy, setBusy] = useState(false)
  const run = async () => {
    setBusy(true)
    try {
      const result = await api['plans.exportPackage']({ id: plan.id, includeVersions: true })
      if (result.status === 'saved') setOutcome({ kind: 'saved', path: result.path })
    } catch (error) {
      setOutcome({ kind: 'failed', error })
    } finally {
      setBusy(false)
    }
  }
  const close = () => setOutcome(null)
  return (
    <>
      <button
        type="button"
        className="btn btn-quiet package-export"
        onClick={run}
        disabled={busy}
        aria-busy={busy}
        aria-label={t('export.buttonFor', { title: plan.title })}
      >
        {t('export.button')}
      </button>
      {outcome && (
        <Modal
          open
          title={outcome.kind === 'failed' ? t('export.failedTitle') : t('export.savedTitle')}
          onClose={close}
          footer={
            <button type="button" className="btn btn-primary" onClick={close}>
              {t('common:actions.close')}
            </button>
          }
        >
          {outcome.kind === 'saved' && (
            <>
              <p>{t('export.savedBody', { title: plan.title })}</p>
              <p className="package-path">{outcome.path}</p>
            </>
          )}
          {outcome.kind === 'failed' && <ErrorMessage error={outcome.error} />}
        </Modal>
      )}
    </>
  )
}
