import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Plan } from '../../../../shared/api'
import type { DocDiff } from '../../../../shared/model/versions'
import { compareDocs } from '../../../../shared/derive/compareDocs'
import { api } from '../../api/client'
import { ErrorMessage } from '../../components/ErrorMessage'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { SaveVersionForm } from './SaveVersionForm'
import { StateRow } from './StateRow'
import { ReadOnlyView } from './ReadOnlyView'
import { CompareView } from './CompareView'
import { ComparePicker } from './ComparePicker'
import { useVersionLists } from './useVersionLists'
import { YearlyStatusDialog } from './YearlyStatusDialog'
import { targetKey, targetLabel, type Target } from './targets'
import { inBackground } from '../errors/inBackground'

export type VersionsPanelProps = {
  planId: string
  assetBase: string
  readOnly: boolean
  flush: () => Promise<boolean>
  currentRev: () => number
  /** The plan went back to an older state: the editor reloads it (its rev changed). */
  /** The plan after going back, and the sentence that says what happened and how to undo it. */
  onReplaced: (plan: Plan & { readOnly: boolean }, notice: string) => void
  onNewPlan: (id: string) => void
}

type View =
  | { kind: 'list' }
  | { kind: 'view'; target: Target; plan: Plan }
  | { kind: 'compare'; diff: DocDiff; from: string; to: string; focusTitles: Map<string, string> }

/** The "Versioner" panel: save a named version, list versions and backups, look, compare, go back. */
export function VersionsPanel(props: VersionsPanelProps) {
  const { planId, assetBase, readOnly, flush, currentRev, onReplaced, onNewPlan } = props
  const { t, i18n } = useTranslation('versions')
  const lists = useVersionLists(planId, true)
  const [view, setView] = useState<View>({ kind: 'list' })
  const [confirm, setConfirm] = useState<Target | null>(null)
  const [error, setError] = useState<unknown>(null)
  const [notice, setNotice] = useState('')
  const [yearly, setYearly] = useState(false)
  const label = (target: Target) => targetLabel(target, t, i18n.language)
  const now = t('now')

  const run = async (action: () => Promise<void>) => {
    setError(null)
    try {
      await action()
    } catch (e) {
      setError(e)
    }
  }
  const planOf = async (target: Target): Promise<Plan> =>
    target.kind === 'version'
      ? (await api['versions.get']({ id: planId, versionId: target.version.id })).plan
      : (await api['backups.get']({ id: planId, seq: target.backup.seq })).plan

  const open = (target: Target) =>
    run(async () => setView({ kind: 'view', target, plan: await planOf(target) }))

  const compareWithNow = (target: Target) =>
    run(async () => {
      await flush()
      const current = await api['plans.get']({ id: planId })
      const diff =
        target.kind === 'version'
          ? await api['versions.compare']({ id: planId, from: target.version.id, to: 'current' })
          : compareDocs((await planOf(target)).doc, current.doc)
      setView({ kind: 'compare', diff, from: label(target), to: now, focusTitles: focusTitlesOf(current) })
    })

  const compareTwo = (from: string, to: string, fromLabel: string, toLabel: string) =>
    run(async () => {
      await flush()
      const [diff, current] = await Promise.all([
        api['versions.compare']({ id: planId, from, to }),
        api['plans.get']({ id: planId }),
      ])
      setView({ kind: 'compare', diff, from: fromLabel, to: toLabel, focusTitles: focusTitlesOf(current) })
    })

  const restore = (target: Target) =>
    run(async () => {
      setConfirm(null)
      // Going back while the newest words are not on disk would leave them out of the backup.
      if (!(await flush())) return setNotice(t('restore.unsaved'))
      const rev = currentRev()
      const plan =
        target.kind === 'version'
          ? await api['versions.restore']({ id: planId, versionId: target.version.id, mode: 'replace', rev })
          : await api['backups.restore']({ id: planId, seq: target.backup.seq, rev })
      // True because the backend keeps the state it replaces as a backup first (versions/restore.ts).
      const notice =
        target.kind === 'version'
          ? t('restored.version', { name: target.version.name })
          : t('restored.backup', { label: label(target) })
      onReplaced(plan, notice)
    })

  const restoreAsNew = (target: Target) =>
    run(async () => {
      if (target.kind !== 'version') return
      await flush()
      const plan = await api['versions.restore']({
        id: planId,
        versionId: target.version.id,
        mode: 'newPlan',
        rev: currentRev(),
      })
      onNewPlan(plan.id)
    })

  const back = (
    <button type="button" className="btn" onClick={() => setView({ kind: 'list' })}>
      <span aria-hidden="true">←</span> {t('backToList')}
    </button>
  )

  const rows = (targets: Target[]) =>
    targets.map((target) => (
      <StateRow
        key={targetKey(target)}
        target={target}
        readOnly={readOnly}
        onView={() => inBackground(open(target), 'VersionsPanel')}
        onCompare={() => inBackground(compareWithNow(target), 'VersionsPanel')}
        onRestore={() => setConfirm(target)}
        onRestoreAsNew={
          target.kind === 'version' ? () => inBackground(restoreAsNew(target), 'VersionsPanel') : undefined
        }
      />
    ))

  return (
    <div className="versions-panel">
      <ErrorMessage error={error} onDismiss={() => setError(null)} />
      <ErrorMessage error={lists.error} />
      {view.kind === 'view' && (
        <section aria-label={label(view.target)}>
          <div className="version-view-head">
            {back}
            <h3>{label(view.target)}</h3>
            <span className="version-view-badge">{t('view.readOnly')}</span>
          </div>
          <ReadOnlyView plan={view.plan} assetBase={assetBase} label={label(view.target)} />
          {!readOnly && (
            <div className="version-view-actions">
              <button type="button" className="btn btn-primary" onClick={() => setConfirm(view.target)}>
                {t('actions.restore')}
              </button>
            </div>
          )}
        </section>
      )}
      {view.kind === 'compare' && (
        <section>
          <div className="version-view-head">{back}</div>
          <CompareView
            diff={view.diff}
            fromLabel={view.from}
            toLabel={view.to}
            focusTitle={(id) => view.focusTitles.get(id) ?? id}
          />
        </section>
      )}
      <p className="visually-hidden" role="status">
        {notice}
      </p>
      {view.kind === 'list' && (
        <>
          <SaveVersionForm
            planId={planId}
            flush={flush}
            disabled={readOnly}
            onSaved={(name) => {
              setNotice(t('save.done', { name }))
              inBackground(lists.reload(), 'VersionsPanel')
            }}
          />
          {notice && <p className="version-notice">{notice}</p>}
          <button type="button" className="btn" onClick={() => setYearly(true)}>
            {t('yearly.open')}
          </button>
          <h3>{t('named.title')}</h3>
          {lists.versions?.length === 0 && <p className="hint">{t('named.empty')}</p>}
          <ul className="state-list">
            {rows((lists.versions ?? []).map((version) => ({ kind: 'version' as const, version })))}
          </ul>
          {lists.versions && lists.versions.length > 0 && (
            <ComparePicker versions={lists.versions} onCompare={compareTwo} />
          )}
          <h3>{t('backups.title')}</h3>
          <p className="hint">{t('backups.intro')}</p>
          {lists.backups?.length === 0 && <p className="hint">{t('backups.empty')}</p>}
          <ul className="state-list">
            {rows((lists.backups ?? []).map((backup) => ({ kind: 'backup' as const, backup })))}
          </ul>
        </>
      )}
      {yearly && (
        <YearlyStatusDialog planId={planId} open={yearly} onClose={() => setYearly(false)} flush={flush} />
      )}
      <ConfirmDialog
        open={confirm !== null}
        title={t('restore.title')}
        body={confirm ? t('restore.body', { label: label(confirm) }) : ''}
        confirmLabel={t('actions.restore')}
        onCancel={() => setConfirm(null)}
        onConfirm={() => {
          if (confirm) inBackground(restore(confirm), 'VersionsPanel')
        }}
      />
    </div>
  )
}

/** Focus-area titles by id from the plan's own catalogue copy ("3. Bosætning"). */
function focusTitlesOf(plan: Plan): Map<string, string> {
  const areas = plan.meta.catalogue?.focusAreas ?? []
  return new Map(areas.map((a) => [a.id, a.number ? `${a.number}. ${a.title}` : a.title]))
}
