import type { Editor } from '@tiptap/react'
import { useEffect, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Catalogue } from '../../../../shared/model/catalogue'
import {
  collectInitiatives,
  focusOverview,
  listedInitiatives,
  formatKr,
  type InitiativeEntry,
  type Lang,
} from '../../../../shared/derive'
import { insertDerivedBlock, insertInitiative, jumpTo, setFocusState } from '../editor/nodes'
import { useFocusState } from '../editor/nodes/focusState'
import { useDerivedDoc } from '../editor/nodes/derivedSource'
import { FocusChip } from './FocusChip'
import { SectionFocusTags } from './SectionFocusTags'
import { CatalogueChooser, CatalogueUpgradeOffer, type SetCatalogue } from './CatalogueChoice'
import './focusAreas.css'

type Props = {
  editor: Editor
  catalogue: Catalogue | null
  /** Links the plan to a catalogue (or moves it to the newer version). The editor screen owns the
   * plan's rev, so it performs the call; without it the panel only shows what would change. */
  onSetCatalogue?: SetCatalogue
}

/** How the plan serves the municipality's focus areas, computed live from the document. */
export function FocusPanel({ editor, catalogue, onSetCatalogue }: Props) {
  const { t, i18n } = useTranslation('focus')
  const lang: Lang = i18n.language === 'en' ? 'en' : 'da'
  const doc = useDerivedDoc(editor)
  const { highlight } = useFocusState(editor)
  const { overview, count, unnamed } = useMemo(() => {
    const count = collectInitiatives(doc).length
    return { overview: focusOverview(doc, catalogue), count, unnamed: count - listedInitiatives(doc).length }
  }, [doc, catalogue])

  useEffect(() => {
    setFocusState(editor, { catalogue })
  }, [editor, catalogue])

  const toggle = (id: string) => setFocusState(editor, { highlight: highlight === id ? null : id })
  const gapIds = new Set(overview.gaps.map((g) => g.id))
  const editable = editor.isEditable

  return (
    <div className="focus-panel">
      {catalogue ? (
        <p className="focus-panel-source">
          <strong>{catalogue.municipality}</strong>: {catalogue.title} (
          {t('panel.version', { version: catalogue.version })})
        </p>
      ) : (
        <CatalogueChooser onSetCatalogue={onSetCatalogue} />
      )}
      {catalogue && <CatalogueUpgradeOffer catalogue={catalogue} doc={doc} onSetCatalogue={onSetCatalogue} />}

      {editable && (
        <div className="focus-panel-actions">
          <button type="button" className="btn btn-primary" onClick={() => insertInitiative(editor)}>
            {t('panel.addInitiative')}
          </button>
          <button
            type="button"
            className="btn focus-panel-insert"
            onClick={() => insertDerivedBlock(editor, 'actionPlan')}
          >
            {t('panel.insertActionPlan')}
          </button>
          <button
            type="button"
            className="btn focus-panel-insert"
            onClick={() => insertDerivedBlock(editor, 'focusMatrix')}
          >
            {t('panel.insertMatrix')}
          </button>
          <button
            type="button"
            className="btn focus-panel-insert"
            onClick={() => insertDerivedBlock(editor, 'yearWheel')}
          >
            {t('year:block.insert')}
          </button>
        </div>
      )}

      <p className="focus-panel-note">{t('panel.listsWhat')}</p>
      {unnamed > 0 && (
        <p className="focus-panel-note" role="note">
          {t('panel.unnamed', { count: unnamed })}
        </p>
      )}

      {catalogue && <SectionFocusTags editor={editor} catalogue={catalogue} />}

      <p className="focus-panel-total">
        {t('panel.total', { count })} <strong>{formatKr(overview.totalBudget, lang)}</strong>
      </p>

      {overview.unlinked.length > 0 && (
        <section className="focus-panel-warning" aria-labelledby="focus-unlinked">
          <h2 id="focus-unlinked">{t('panel.unlinked', { count: overview.unlinked.length })}</h2>
          <InitiativeLinks editor={editor} list={overview.unlinked} />
        </section>
      )}
      {overview.unknownIds.length > 0 && (
        <p className="focus-panel-warning" role="note">
          {t('panel.unknownIds', { ids: overview.unknownIds.join(', ') })}
        </p>
      )}

      <ul className="focus-area-list" aria-label={t('panel.areas')}>
        {overview.areas.map((use) => (
          <li key={use.area.id} className="focus-area" data-gap={gapIds.has(use.area.id) || undefined}>
            <FocusChip area={use.area} />
            <div className="focus-area-row">
              <p className="focus-area-sum">
                {gapIds.has(use.area.id) ? (
                  <span className="focus-gap">{t('panel.gap')}</span>
                ) : (
                  <>
                    {t('panel.initiatives', { count: use.initiatives.length })} · {formatKr(use.budget, lang)}
                  </>
                )}
              </p>
              {!gapIds.has(use.area.id) && (
                <button
                  type="button"
                  className="btn btn-quiet focus-area-toggle"
                  aria-pressed={highlight === use.area.id}
                  onClick={() => toggle(use.area.id)}
                >
                  {highlight === use.area.id ? t('panel.highlightOff') : t('panel.highlight')}
                  <span className="visually-hidden">: {use.area.title}</span>
                </button>
              )}
            </div>
            <InitiativeLinks editor={editor} list={use.initiatives} />
            {use.headings.length > 0 && (
              <ul className="focus-links">
                {use.headings.map((h) => (
                  <li key={`h${h.index}`}>
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => jumpTo(editor, 'heading', h.index)}
                    >
                      {t('panel.section', { text: h.text || '…' })}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </div>
  )
}

function InitiativeLinks({ editor, list }: { editor: Editor; list: InitiativeEntry[] }) {
  const { t } = useTranslation('focus')
  if (list.length === 0) return null
  return (
    <ul className="focus-links">
      {list.map((e) => (
        <li key={e.index}>
          <button type="button" className="link-button" onClick={() => jumpTo(editor, 'initiative', e.index)}>
            {e.attrs.title || t('initiative.untitled')}
          </button>
        </li>
      ))}
    </ul>
  )
}
