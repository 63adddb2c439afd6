import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Catalogue, FocusArea } from '../../../../shared/model/catalogue'
import { checkCatalogue, type CatalogueProblem } from '../../../../shared/model/catalogueValidation'
import { api } from '../../api/client'
import { CatalogueError } from './CatalogueError'
import { describePath } from './problemText'
import { newCatalogueId, newFocusArea } from './newCatalogue'
import { inBackground } from '../errors/inBackground'

type Props = { initial: Catalogue; isNew: boolean; onDone: (saved: Catalogue | null) => void }
type TextKey = 'municipality' | 'title' | 'adopted' | 'version' | 'goal' | 'source'

/**
 * Creates or edits one catalogue. Checked here with the same rules the backend applies, so the user
 * sees every problem next to its field before anything is sent.
 */
export function CatalogueEditor({ initial, isNew, onDone }: Props) {
  const { t } = useTranslation(['focus', 'common'])
  const [draft, setDraft] = useState<Catalogue>(initial)
  const [problems, setProblems] = useState<CatalogueProblem[]>([])
  const [error, setError] = useState<unknown>(null)
  const [busy, setBusy] = useState(false)

  const setField = (key: TextKey, value: string) => setDraft((d) => ({ ...d, [key]: value }))
  const setArea = (i: number, patch: Partial<FocusArea>) =>
    setDraft((d) => ({ ...d, focusAreas: d.focusAreas.map((a, j) => (j === i ? { ...a, ...patch } : a)) }))
  const moveArea = (i: number, dir: -1 | 1) =>
    setDraft((d) => {
      const list = [...d.focusAreas]
      const j = i + dir
      if (j < 0 || j >= list.length) return d
      ;[list[i], list[j]] = [list[j], list[i]]
      return { ...d, focusAreas: list.map((a, k) => ({ ...a, number: k + 1 })) }
    })
  const removeArea = (i: number) =>
    setDraft((d) => ({
      ...d,
      focusAreas: d.focusAreas.filter((_, j) => j !== i).map((a, k) => ({ ...a, number: k + 1 })),
    }))

  const problemAt = (path: string) => problems.find((p) => p.path === path)
  const describedBy = (path: string) => (problemAt(path) ? `cat-problem-${path}` : undefined)
  const problemText = (path: string) => {
    const p = problemAt(path)
    return p ? (
      <span className="field-problem" id={`cat-problem-${path}`}>
        {t(`focus:problems.${p.problem}`)}
      </span>
    ) : null
  }

  const save = async () => {
    const candidate = { ...draft, id: draft.id || newCatalogueId(draft.municipality) }
    const check = checkCatalogue(candidate)
    const found: CatalogueProblem[] = check.ok ? [] : check.problems
    if (candidate.focusAreas.length === 0) found.push({ path: 'focusAreas', problem: 'no-focus-areas' })
    setProblems(found)
    if (found.length > 0 || !check.ok) return
    setBusy(true)
    setError(null)
    try {
      onDone(await api['catalogues.save']({ catalogue: check.catalogue }))
    } catch (e) {
      setError(e)
    } finally {
      setBusy(false)
    }
  }

  const text = (key: TextKey, opts: { long?: boolean } = {}) => (
    <div className="field">
      <label htmlFor={`cat-${key}`}>{t(`focus:fields.${key}`)}</label>
      {opts.long ? (
        <textarea
          id={`cat-${key}`}
          rows={2}
          value={draft[key]}
          onChange={(e) => setField(key, e.target.value)}
          aria-describedby={describedBy(key)}
        />
      ) : (
        <input
          type="text"
          id={`cat-${key}`}
          value={draft[key]}
          onChange={(e) => setField(key, e.target.value)}
          aria-describedby={describedBy(key)}
          aria-invalid={!!problemAt(key) || undefined}
        />
      )}
      {problemText(key)}
    </div>
  )

  return (
    <main className="page catalogues-page">
      <h1>{isNew ? t('editor.newTitle') : t('editor.editTitle', { title: initial.title })}</h1>
      <form
        className="catalogue-form"
        onSubmit={(e) => {
          e.preventDefault()
          inBackground(save(), 'CatalogueEditor')
        }}
      >
        <div className="catalogue-form-grid">
          {text('municipality')}
          {text('title')}
          {text('adopted')}
          {text('version')}
        </div>
        {text('goal', { long: true })}
        {text('source', { long: true })}

        <h2>{t('editor.areas')}</h2>
        {problemText('focusAreas')}
        <ol className="catalogue-areas">
          {draft.focusAreas.map((a, i) => {
            const base = `focusAreas[${i}]`
            return (
              <li key={a.id} className="catalogue-area">
                <fieldset>
                  <legend>{describePath(base, t)}</legend>
                  <div className="catalogue-area-row">
                    <div className="field">
                      <label htmlFor={`${a.id}-title`}>{t('focus:fields.title')}</label>
                      <input
                        type="text"
                        id={`${a.id}-title`}
                        value={a.title}
                        onChange={(e) => setArea(i, { title: e.target.value })}
                        aria-describedby={describedBy(`${base}.title`)}
                        aria-invalid={!!problemAt(`${base}.title`) || undefined}
                      />
                      {problemText(`${base}.title`)}
                    </div>
                    <div className="field field-colour">
                      <label htmlFor={`${a.id}-colour`}>{t('focus:fields.colour')}</label>
                      <input
                        id={`${a.id}-colour`}
                        type="color"
                        value={a.colour}
                        onChange={(e) => setArea(i, { colour: e.target.value })}
                      />
                    </div>
                  </div>
                  <div className="field">
                    <label htmlFor={`${a.id}-description`}>{t('focus:fields.description')}</label>
                    <textarea
                      id={`${a.id}-description`}
                      rows={2}
                      value={a.description}
                      onChange={(e) => setArea(i, { description: e.target.value })}
                    />
                  </div>
                  {problemText(`${base}.id`)}
                  <div className="catalogue-area-actions">
                    <button
                      type="button"
                      className="btn btn-quiet"
                      disabled={i === 0}
                      onClick={() => moveArea(i, -1)}
                    >
                      {t('editor.up')}
                    </button>
                    <button
                      type="button"
                      className="btn btn-quiet"
                      disabled={i === draft.focusAreas.length - 1}
                      onClick={() => moveArea(i, 1)}
                    >
                      {t('editor.down')}
                    </button>
                    <button type="button" className="btn btn-quiet" onClick={() => removeArea(i)}>
                      {t('editor.removeArea')}
                    </button>
                  </div>
                </fieldset>
              </li>
            )
          })}
        </ol>
        <button
          type="button"
          className="btn"
          onClick={() =>
            setDraft((d) => ({ ...d, focusAreas: [...d.focusAreas, newFocusArea(d.focusAreas)] }))
          }
        >
          {t('editor.addArea')}
        </button>
        {problems.length > 0 && (
          <p role="alert" className="alert alert-error">
            {t('editor.fixProblems', { count: problems.length })}
          </p>
        )}
        <CatalogueError error={error} />
        <div className="catalogue-form-footer">
          <button type="button" className="btn" onClick={() => onDone(null)}>
            {t('common:actions.cancel')}
          </button>
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {t('common:actions.save')}
          </button>
        </div>
      </form>
    </main>
  )
}
