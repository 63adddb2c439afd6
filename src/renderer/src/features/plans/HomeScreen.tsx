import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ListResult, PlanSummary } from '../../../../shared/api'
import { api } from '../../api/client'
import { ErrorMessage } from '../../components/ErrorMessage'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { useNavigation } from '../app/navigation'
import { PlanRow } from './PlanRow'
import { RenameDialog } from './RenameDialog'
import { QuarantineNotice } from './QuarantineNotice'
import { StartupNotices } from './StartupNotices'
import './home.css'
import { ImportDocxButton } from '../import/ImportDocxButton'
import { ImportPackageButton } from '../packages/ImportPackageButton'
import { useAppInfo } from '../app/AppInfoContext'
import { TrashButton } from '../trash/TrashButton'
import { NextDeadline } from '../year/NextDeadline'
import { usePreloadSpelling } from '../spelling/useSpelling'
import { inBackground } from '../errors/inBackground'

export function HomeScreen() {
  const { t, i18n } = useTranslation('plans')
  // The rows' lookups, read here once for the whole list (see PlanRow).
  const { t: tPackages } = useTranslation('packages')
  const { navigate } = useNavigation()
  const [list, setList] = useState<ListResult | null>(null)
  // "i dag" / "i går" counted from when the list was read, one Date for every row.
  const [listedAt, setListedAt] = useState(() => new Date())
  const [error, setError] = useState<unknown>(null)
  const [renaming, setRenaming] = useState<PlanSummary | null>(null)
  const [deleting, setDeleting] = useState<PlanSummary | null>(null)
  const readOnly = useAppInfo().readOnly
  usePreloadSpelling()

  const load = useCallback(async () => {
    try {
      setList(await api['plans.list']())
      setListedAt(new Date())
    } catch (e) {
      setError(e)
    }
  }, [])
  useEffect(() => {
    inBackground(load(), 'HomeScreen')
  }, [load])

  const openPlan = useCallback((p: PlanSummary) => navigate({ name: 'plan', id: p.id }), [navigate])

  const run = async (action: () => Promise<unknown>) => {
    setError(null)
    try {
      await action()
    } catch (e) {
      setError(e)
    }
    await load()
  }

  return (
    <main className="page home">
      <div className="home-head">
        <div>
          <h1>{t('title')}</h1>
          <p className="page-intro">{t('intro')}</p>
        </div>
      </div>
      <div className="home-actions">
        <button type="button" className="btn btn-primary" onClick={() => navigate({ name: 'new' })}>
          <span aria-hidden="true">+</span> {t('new')}
        </button>
        <ImportDocxButton onImported={(plan) => navigate({ name: 'plan', id: plan.id })} />
        <ImportPackageButton disabled={readOnly} onImported={(id) => navigate({ name: 'plan', id })} />
        <TrashButton plansListed={list} onChanged={load} />
      </div>
      <ErrorMessage error={error} onDismiss={() => setError(null)} />
      <StartupNotices />
      <NextDeadline />
      {list?.quarantined.map((q) => (
        <QuarantineNotice
          key={q.id + q.at}
          entry={q}
          onDismiss={() => run(() => api['plans.dismissQuarantined']({ id: q.id }))}
          onRestored={() => inBackground(load(), 'HomeScreen')}
        />
      ))}
      {list && list.plans.length === 0 && (
        <section className="home-empty">
          <h2>{t('empty.title')}</h2>
          <p>{t('empty.body')}</p>
          <button type="button" className="btn btn-primary" onClick={() => navigate({ name: 'new' })}>
            {t('new')}
          </button>
        </section>
      )}
      {list && list.plans.length > 0 && (
        <ul className="plan-list" aria-label={t('title')}>
          {list.plans.map((p) => (
            <PlanRow
              key={p.id}
              plan={p}
              t={t}
              tPackages={tPackages}
              lang={i18n.language}
              now={listedAt}
              onOpen={openPlan}
              onRename={setRenaming}
              onDelete={setDeleting}
            />
          ))}
        </ul>
      )}
      <RenameDialog
        plan={renaming}
        onCancel={() => setRenaming(null)}
        onRename={(title) => {
          const p = renaming!
          setRenaming(null)
          inBackground(
            run(() => api['plans.rename']({ id: p.id, title })),
            'HomeScreen',
          )
        }}
      />
      <ConfirmDialog
        open={!!deleting}
        danger
        title={t('delete.title')}
        body={t('delete.body', { title: deleting?.title ?? '' })}
        confirmLabel={t('delete.confirm', { title: deleting?.title ?? '' })}
        onCancel={() => setDeleting(null)}
        onConfirm={() => {
          const p = deleting!
          setDeleting(null)
          inBackground(
            run(() => api['plans.delete']({ id: p.id })),
            'HomeScreen',
          )
        }}
      />
    </main>
  )
}
