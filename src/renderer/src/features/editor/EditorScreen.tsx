import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Plan } from '../../../../shared/api'
import { api } from '../../api/client'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useNavigation } from '../app/navigation'
import { useSetLeaveGuard } from '../app/leaveGuard'
import { useAppInfo } from '../app/AppInfoContext'
import { useAutosave } from './useAutosave'
import { SaveStatus } from './SaveStatus'
import { PlanEditor } from './PlanEditor'
import { ExportButton } from './ExportButton'
import { editorSidePanels } from './sidePanels'
import './editorScreen.css'

type Loaded = Plan & { readOnly: boolean }

export function EditorScreen({ planId }: { planId: string }) {
  const [plan, setPlan] = useState<Loaded | null>(null)
  const [error, setError] = useState<unknown>(null)
  useEffect(() => {
    api['plans.get']({ id: planId }).then(setPlan, setError)
  }, [planId])
  if (error) return <LoadFailed error={error} />
  if (!plan) return null
  return <LoadedEditor plan={plan} />
}

function LoadFailed({ error }: { error: unknown }) {
  const { t } = useTranslation()
  const { navigate } = useNavigation()
  return (
    <main className="page">
      <ErrorMessage error={error} />
      <button type="button" className="btn" style={{ marginTop: 16 }} onClick={() => navigate({ name: 'home' })}>
        {t('nav.back')}
      </button>
    </main>
  )
}

function LoadedEditor({ plan }: { plan: Loaded }) {
  const { t } = useTranslation()
  const { navigate } = useNavigation()
  const setGuard = useSetLeaveGuard()
  const info = useAppInfo()
  const readOnly = plan.readOnly || info.readOnly
  const autosave = useAutosave(plan.id, plan.rev, readOnly)
  const flushRef = useRef(autosave.flush)
  flushRef.current = autosave.flush

  // Leaving the editor, closing the window and quitting all wait for the pending save.
  useEffect(() => {
    setGuard(() => flushRef.current())
    const off = window.appEvents?.onFlushBeforeQuit(async () => {
      await flushRef.current()
    })
    const onHide = () => void flushRef.current()
    window.addEventListener('pagehide', onHide)
    return () => {
      setGuard(null)
      off?.()
      window.removeEventListener('pagehide', onHide)
    }
  }, [setGuard])

  const who = [plan.meta.council, plan.meta.municipality].filter(Boolean).join(' · ')
  return (
    <div className="editor-screen">
      <div className="editor-bar">
        <button type="button" className="btn btn-quiet" onClick={() => navigate({ name: 'home' })}>
          <span aria-hidden="true">←</span> {t('nav.back')}
        </button>
        <div className="editor-bar-title">
          <h1>{plan.meta.title}</h1>
          {who && <span className="editor-bar-who">{who}</span>}
        </div>
        <SaveStatus state={autosave.state} />
        <ExportButton planId={plan.id} flush={autosave.flush} />
      </div>
      {autosave.lastError && autosave.state !== 'saved' && (
        <div className="editor-alert">
          <ErrorMessage code={autosave.lastError} />
        </div>
      )}
      <PlanEditor
        plan={plan}
        readOnly={readOnly}
        assetBase={info.assetBase}
        onDocChange={autosave.schedule}
        sidePanels={editorSidePanels(plan)}
      />
    </div>
  )
}
