import { useCallback, useEffect, useMemo, useState } from 'react'
import type { Editor } from '@tiptap/react'
import { useTranslation } from 'react-i18next'
import type { Plan } from '../../../../shared/api'
import { api, ApiError } from '../../api/client'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useNavigation } from '../app/navigation'
import { useSetLeaveGuard } from '../app/leaveGuard'
import { useAppInfo } from '../app/AppInfoContext'
import { useAutosave } from './useAutosave'
import { SaveStatus } from './SaveStatus'
import { SaveProblems } from './SaveProblems'
import { BarLabel } from './BarLabel'
import { PlanEditor } from './PlanEditor'
import { ExportButton } from './ExportButton'
import { editorSidePanels } from './sidePanels'
import { setEditorPlan } from './nodes/editorPlan'
import { currentFindings } from './accessibility/useAccessibilityFindings'
import { ACCESSIBILITY_PANEL } from './accessibility/accessibilityTab'
import type { AccessibilityCheck } from './accessibility/AccessibilitySummary'
import { usePdfExport } from './pdf/usePdfExport'
import { SavePdfButton } from './pdf/SavePdfButton'
import { PdfFrontMatter } from './pdf/PdfFrontMatter'
import { PdfAppendix } from './pdf/PdfAppendix'
import { VersionsButton } from '../versions/VersionsButton'
import { ReadOnlyNotice } from '../recovery/ReadOnlyNotice'
import { RestoredNotice } from '../versions/RestoredNotice'
import { inBackground } from '../errors/inBackground'
import './editorScreen.css'
import './editorBar.css'

type Loaded = Plan & { readOnly: boolean }

export function EditorScreen({ planId }: { planId: string }) {
  const [plan, setPlan] = useState<Loaded | null>(null)
  const [error, setError] = useState<unknown>(null)
  // Here, not in the editor: going back to a version remounts the editor, the notice must stay.
  const [restored, setRestored] = useState<string | null>(null)
  const load = useCallback(() => api['plans.get']({ id: planId }).then(setPlan, setError), [planId])
  useEffect(() => {
    inBackground(load(), 'EditorScreen')
  }, [load])
  if (error) return <LoadFailed error={error} />
  if (!plan) return null
  // Keyed by rev: a change made outside the editor (a new catalogue) remounts it on the saved state.
  return (
    <LoadedEditor
      key={plan.rev}
      plan={plan}
      reload={load}
      onReplaced={(p, notice) => {
        setPlan(p)
        setRestored(notice)
      }}
      restored={restored}
      onDismissRestored={() => setRestored(null)}
    />
  )
}

function LoadFailed({ error }: { error: unknown }) {
  const { t } = useTranslation()
  const { navigate } = useNavigation()
  return (
    <main className="page">
      <ErrorMessage error={error} />
      <button
        type="button"
        className="btn"
        style={{ marginTop: 16 }}
        onClick={() => navigate({ name: 'home' })}
      >
        {t('nav.back')}
      </button>
    </main>
  )
}

type LoadedProps = {
  plan: Loaded
  reload: () => Promise<void>
  onReplaced: (plan: Loaded, notice: string) => void
  restored: string | null
  onDismissRestored: () => void
}

function LoadedEditor({ plan, reload, onReplaced, restored, onDismissRestored }: LoadedProps) {
  const { t } = useTranslation()
  const { navigate } = useNavigation()
  const setGuard = useSetLeaveGuard()
  const info = useAppInfo()
  const readOnly = plan.readOnly || info.readOnly
  // Stable for the life of this editor (it remounts when the plan's rev changes); its status
  // changes re-render only SaveStatus and SaveProblems, never this screen.
  const autosave = useAutosave(plan.id, plan.rev, readOnly)
  const { flush } = autosave
  const [editor, setEditor] = useState<Editor | null>(null)
  const [panelRequest, setPanelRequest] = useState<{ id: string } | null>(null)
  const a11y = useMemo<AccessibilityCheck>(
    () => ({
      count: () => (editor ? currentFindings(editor).length : 0),
      show: () => setPanelRequest({ id: ACCESSIBILITY_PANEL }),
    }),
    [editor],
  )
  const pdf = usePdfExport(plan, editor, flush)
  useEffect(() => {
    if (editor) setEditorPlan(editor, plan.id, flush)
  }, [editor, plan.id, flush])

  // Leaving the editor, closing the window and quitting all wait for the pending save.
  useEffect(() => {
    setGuard(() => flush())
    const off = window.appEvents?.onFlushBeforeQuit(async () => {
      await flush()
    })
    const onHide = () => inBackground(flush(), 'EditorScreen')
    window.addEventListener('pagehide', onHide)
    return () => {
      setGuard(null)
      off?.()
      window.removeEventListener('pagehide', onHide)
    }
  }, [setGuard, flush])

  // Linking the plan to another catalogue (or a newer version) changes its meta and rev in the
  // backend: save what is typed first, then reload the plan so the editor works on the new copy.
  const setCatalogue = useCallback(
    async (catalogueId: string | null) => {
      if (!(await flush())) throw new ApiError('io', 'pending changes could not be saved')
      await api['plans.setCatalogue']({ id: plan.id, catalogueId })
      await reload()
    },
    [plan.id, reload, flush],
  )

  const who = [plan.meta.council, plan.meta.municipality].filter(Boolean).join(' · ')
  return (
    <main className="editor-screen">
      <div className="editor-bar">
        <div className="editor-bar-row">
          <button
            type="button"
            className="btn btn-quiet"
            title={t('nav.back')}
            onClick={() => navigate({ name: 'home' })}
          >
            <BarLabel icon="back" text={t('nav.back')} />
          </button>
          <div className="editor-bar-title">
            <h1 title={plan.meta.title}>{plan.meta.title}</h1>
            {who && <span className="editor-bar-who">{who}</span>}
          </div>
          <SaveStatus saver={autosave} />
          <VersionsButton
            planId={plan.id}
            assetBase={info.assetBase}
            readOnly={readOnly}
            flush={autosave.flush}
            currentRev={autosave.currentRev}
            onReplaced={onReplaced}
            onNewPlan={(id) => navigate({ name: 'plan', id })}
          />
          <SavePdfButton run={pdf.run} a11y={a11y} />
          <ExportButton planId={plan.id} flush={autosave.flush} a11y={a11y} />
        </div>
      </div>
      {restored && <RestoredNotice text={restored} onDismiss={onDismissRestored} />}
      {readOnly && <ReadOnlyNotice reason={plan.readOnly ? 'newer-version' : 'read-only-folder'} />}
      <SaveProblems
        saver={autosave}
        plan={plan}
        onKeptAsNewPlan={(id) => navigate({ name: 'plan', id })}
        onReload={() => inBackground(reload(), 'EditorScreen')}
      />
      {pdf.layout && <PdfFrontMatter meta={plan.meta} layout={pdf.layout} />}
      <PlanEditor
        plan={plan}
        readOnly={readOnly}
        assetBase={info.assetBase}
        onDocChange={autosave.schedule}
        onEditorReady={setEditor}
        panelRequest={panelRequest}
        sidePanels={editorSidePanels(plan, { onSetCatalogue: readOnly ? undefined : setCatalogue })}
      />
      {pdf.layout && plan.meta.catalogue && (
        <PdfAppendix catalogue={plan.meta.catalogue} lang={pdf.layout.lang} />
      )}
    </main>
  )
}
