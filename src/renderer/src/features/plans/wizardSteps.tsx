import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { TemplateSummary } from '../../../../shared/model/template'
import type { CatalogueSummary } from '../../../../shared/model/catalogueSummary'
import type { PlanKind } from '../../../../shared/model/plan'

export type Draft = {
  kind: PlanKind
  council: string
  title: string
  titleTouched: boolean
  villages: string[]
  /** A village typed but not yet added with Enter: Næste adds it rather than dropping it. */
  villageInput: string
  municipality: string
  templateId: string
  catalogueId: string | null
}
type StepProps = { draft: Draft; update: (p: Partial<Draft>) => void }

/** The typed village added as a chip (once, trimmed) and the field emptied. */
export function withTypedVillage(draft: Draft): Pick<Draft, 'villages' | 'villageInput'> {
  const v = draft.villageInput.trim()
  const villages = v && !draft.villages.includes(v) ? [...draft.villages, v] : draft.villages
  return { villages, villageInput: '' }
}

export function WhoStep({ draft, update, title, missing }: StepProps & { title: string; missing: boolean }) {
  const { t } = useTranslation('plans')
  const councilId = useId()
  const titleId = useId()
  const errId = useId()
  return (
    <>
      <fieldset className="field choice-group">
        <legend>{t('wizard.kind.label')}</legend>
        {(['council', 'cluster'] as const).map((k) => (
          <label key={k} className="choice">
            <input
              type="radio"
              name="kind"
              checked={draft.kind === k}
              onChange={() =>
                update({
                  kind: k,
                  // A cluster writes a strategy plan; preselect it (the user can still choose).
                  templateId: k === 'cluster' ? 'strategiplan-landsbyklynge' : 'lokal-udviklingsplan',
                })
              }
            />
            {t(`wizard.kind.${k}`)}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={councilId}>{t('wizard.council.label')}</label>
        <input
          id={councilId}
          type="text"
          value={draft.council}
          maxLength={200}
          placeholder={t('wizard.council.placeholder')}
          aria-invalid={missing || undefined}
          aria-describedby={missing ? errId : undefined}
          onChange={(e) => update({ council: e.target.value })}
          autoFocus
        />
        {missing && (
          <span id={errId} role="alert" className="field-error">
            {t('wizard.required')}
          </span>
        )}
      </div>
      <div className="field">
        <label htmlFor={titleId}>{t('wizard.planTitle.label')}</label>
        <input
          id={titleId}
          type="text"
          value={title}
          maxLength={200}
          aria-describedby={`${titleId}-hint`}
          onChange={(e) => update({ title: e.target.value, titleTouched: true })}
        />
        <span id={`${titleId}-hint`} className="hint">
          {t('wizard.planTitle.hint')}
        </span>
      </div>
    </>
  )
}

export function WhereStep({ draft, update }: StepProps) {
  const { t } = useTranslation('plans')
  const villageId = useId()
  const munId = useId()
  const add = () => update(withTypedVillage(draft))
  return (
    <>
      <div className="field">
        <label htmlFor={villageId}>{t('wizard.villages.label')}</label>
        <span className="hint" id={`${villageId}-hint`}>
          {t('wizard.villages.hint')}
        </span>
        <div className="village-input">
          <input
            id={villageId}
            type="text"
            value={draft.villageInput}
            maxLength={100}
            placeholder={t('wizard.villages.placeholder')}
            aria-describedby={`${villageId}-hint`}
            onChange={(e) => update({ villageInput: e.target.value })}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault()
                add()
              }
            }}
            autoFocus
          />
          <button type="button" className="btn" onClick={add}>
            {t('wizard.villages.add')}
          </button>
        </div>
        {draft.villages.length > 0 && (
          <ul className="chips" aria-label={t('wizard.villages.chosen')}>
            {draft.villages.map((v) => (
              <li key={v} className="chip">
                {v}
                <button
                  type="button"
                  aria-label={t('wizard.villages.remove', { name: v })}
                  onClick={() => update({ villages: draft.villages.filter((x) => x !== v) })}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="field">
        <label htmlFor={munId}>{t('wizard.municipality.label')}</label>
        <input
          id={munId}
          type="text"
          value={draft.municipality}
          maxLength={200}
          placeholder={t('wizard.municipality.placeholder')}
          onChange={(e) => update({ municipality: e.target.value })}
        />
      </div>
    </>
  )
}

const PREFERRED = ['lokal-udviklingsplan', 'strategiplan-landsbyklynge', 'kort-handlingsplan']
const rank = (id: string) => (id === 'blank' ? 99 : PREFERRED.includes(id) ? PREFERRED.indexOf(id) : 50)

export function TemplateStep({ draft, update, templates }: StepProps & { templates: TemplateSummary[] }) {
  const { t, i18n } = useTranslation('plans')
  const en = i18n.language === 'en'
  const options = [
    ...templates.map((tp) => ({
      id: tp.id,
      title: en ? tp.titleEn : tp.title,
      description: en ? tp.descriptionEn : tp.description,
    })),
  ]
  // The backend lists the blank plan itself; older backends did not, so add it only when missing.
  if (!options.some((o) => o.id === 'blank'))
    options.push({
      id: 'blank',
      title: t('wizard.template.blank'),
      description: t('wizard.template.blankDescription'),
    })
  // The templates a council most likely wants come first; the blank page last.
  options.sort((a, b) => rank(a.id) - rank(b.id))
  return (
    <fieldset className="card-choices">
      <legend className="visually-hidden">{t('wizard.steps.template')}</legend>
      {options.map((o) => (
        <label key={o.id} className={draft.templateId === o.id ? 'card-choice selected' : 'card-choice'}>
          <input
            type="radio"
            name="template"
            checked={draft.templateId === o.id}
            onChange={() => update({ templateId: o.id })}
          />
          <span className="card-choice-title">{o.title}</span>
          <span className="card-choice-text">{o.description}</span>
        </label>
      ))}
    </fieldset>
  )
}

export function CatalogueStep({ draft, update, catalogues }: StepProps & { catalogues: CatalogueSummary[] }) {
  const { t } = useTranslation('plans')
  return (
    <>
      <p className="page-intro">{t('wizard.catalogue.intro')}</p>
      <fieldset className="card-choices">
        <legend className="visually-hidden">{t('wizard.steps.catalogue')}</legend>
        {catalogues.map((c) => (
          <label key={c.id} className={draft.catalogueId === c.id ? 'card-choice selected' : 'card-choice'}>
            <input
              type="radio"
              name="catalogue"
              checked={draft.catalogueId === c.id}
              onChange={() => update({ catalogueId: c.id })}
            />
            <span className="card-choice-title">{c.title}</span>
            <span className="card-choice-text">
              {c.municipality} · {t('wizard.catalogue.count', { count: c.focusAreaCount })}
            </span>
          </label>
        ))}
        <label className={draft.catalogueId === null ? 'card-choice selected' : 'card-choice'}>
          <input
            type="radio"
            name="catalogue"
            checked={draft.catalogueId === null}
            onChange={() => update({ catalogueId: null })}
          />
          <span className="card-choice-title">{t('wizard.catalogue.none')}</span>
        </label>
      </fieldset>
    </>
  )
}
