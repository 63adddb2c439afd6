import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TemplateSummary } from '../../../../shared/model/template'
import type { CatalogueSummary } from '../../../../shared/model/catalogueSummary'
import { api } from '../../api/client'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useNavigation } from '../app/navigation'
import { WhoStep, WhereStep, TemplateStep, CatalogueStep, withTypedVillage, type Draft } from './wizardSteps'
import { inBackground } from '../errors/inBackground'
import './wizard.css'

const STEPS = ['who', 'where', 'template', 'catalogue'] as const

/** The guided start: four short steps, each answerable by a volunteer without help. */
export function NewPlanScreen() {
  const { t } = useTranslation('plans')
  const { navigate } = useNavigation()
  const [step, setStep] = useState(0)
  const [draft, setDraft] = useState<Draft>({
    kind: 'council',
    council: '',
    title: '',
    titleTouched: false,
    villages: [],
    villageInput: '',
    municipality: '',
    templateId: 'lokal-udviklingsplan',
    catalogueId: null,
  })
  const [templates, setTemplates] = useState<TemplateSummary[]>([])
  const [catalogues, setCatalogues] = useState<CatalogueSummary[]>([])
  const [error, setError] = useState<unknown>(null)
  const [missing, setMissing] = useState(false)
  const [busy, setBusy] = useState(false)
  const headingRef = useRef<HTMLHeadingElement>(null)

  useEffect(() => {
    api['templates.list']().then(setTemplates, setError)
    api['catalogues.list']().then(setCatalogues, () => setCatalogues([]))
  }, [])
  // Each step's first field takes focus (autoFocus); where a step has no text field, the heading
  // does, so the keyboard never lands back at the top of the page.
  useEffect(() => {
    if (step >= 2) headingRef.current?.focus()
  }, [step])

  const update = (patch: Partial<Draft>) => {
    // The red "Skriv et navn" goes as soon as a name is typed, not only on the next Næste.
    if (patch.council?.trim()) setMissing(false)
    setDraft((d) => ({ ...d, ...patch }))
  }
  const effectiveTitle = draft.titleTouched
    ? draft.title
    : draft.council.trim()
      ? t('wizard.defaultTitle', { name: draft.council.trim() })
      : ''

  const next = () => {
    if (step === 0 && !draft.council.trim()) {
      setMissing(true)
      return
    }
    setMissing(false)
    if (step === 1) update(withTypedVillage(draft))
    setStep((s) => Math.min(s + 1, STEPS.length - 1))
  }

  const create = async () => {
    setBusy(true)
    setError(null)
    try {
      const plan = await api['plans.create']({
        title: effectiveTitle.trim() || draft.council.trim(),
        council: draft.council.trim(),
        kind: draft.kind,
        villages: withTypedVillage(draft).villages,
        municipality: draft.municipality.trim(),
        templateId: draft.templateId,
        catalogueId: draft.catalogueId,
      })
      navigate({ name: 'plan', id: plan.id })
    } catch (e) {
      setError(e)
      setBusy(false)
    }
  }

  const last = step === STEPS.length - 1
  return (
    <main className="page wizard">
      <p className="wizard-step" aria-live="polite">
        {t('wizard.stepOf', { n: step + 1, total: STEPS.length })}
      </p>
      <ol className="wizard-progress" aria-hidden="true">
        {STEPS.map((s, i) => (
          <li key={s} className={i <= step ? 'done' : ''} />
        ))}
      </ol>
      <h1 ref={headingRef} tabIndex={-1}>
        {t(`wizard.steps.${STEPS[step]}`)}
      </h1>
      <form
        className="wizard-form"
        onSubmit={(e) => {
          e.preventDefault()
          if (last) inBackground(create(), 'NewPlanScreen')
          else next()
        }}
      >
        {step === 0 && <WhoStep draft={draft} update={update} title={effectiveTitle} missing={missing} />}
        {step === 1 && <WhereStep draft={draft} update={update} />}
        {step === 2 && <TemplateStep draft={draft} update={update} templates={templates} />}
        {step === 3 && <CatalogueStep draft={draft} update={update} catalogues={catalogues} />}
        <ErrorMessage error={error} />
        <div className="wizard-nav">
          <button
            type="button"
            className="btn"
            onClick={() => (step === 0 ? navigate({ name: 'home' }) : setStep(step - 1))}
          >
            {step === 0 ? t('common:actions.cancel') : t('common:actions.previous')}
          </button>
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {last ? t('wizard.create') : t('common:actions.next')}
          </button>
        </div>
      </form>
    </main>
  )
}
