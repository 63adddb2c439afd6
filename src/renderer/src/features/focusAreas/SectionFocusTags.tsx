import { useEditorState, type Editor } from '@tiptap/react'
import type { EditorState } from '@tiptap/pm/state'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { Catalogue } from '../../../../shared/model/catalogue'
import { FocusChip } from './FocusChip'

type Section = { pos: number; title: string; focusAreas: string[] }

/** The heading that starts the section the cursor is in (the nearest top-level heading above it). */
function currentSection(state: EditorState): Section | null {
  const { $from } = state.selection
  if ($from.depth === 0) return null
  for (let i = $from.index(0); i >= 0; i--) {
    const node = state.doc.child(i)
    if (node.type.name !== 'heading') continue
    const areas = node.attrs.focusAreas
    return {
      pos: $from.posAtIndex(i, 0),
      title: node.textContent,
      focusAreas: Array.isArray(areas) ? (areas as string[]) : [],
    }
  }
  return null
}

/**
 * Tags the section the user is writing in with focus areas, so a whole theme chapter can serve
 * a focus area (not only single initiatives). Stored on the heading as attrs.focusAreas.
 */
export function SectionFocusTags({ editor, catalogue }: { editor: Editor; catalogue: Catalogue }) {
  const { t } = useTranslation('focus')
  const legendId = useId()
  const section = useEditorState({
    editor,
    selector: ({ editor: e }) => (e ? currentSection(e.state) : null),
    equalityFn: (a, b) =>
      a?.pos === b?.pos && a?.title === b?.title && a?.focusAreas.join() === b?.focusAreas.join(),
  })
  if (!section) return <p className="focus-panel-hint">{t('section.none')}</p>

  const toggle = (id: string) => {
    const next = section.focusAreas.includes(id)
      ? section.focusAreas.filter((x) => x !== id)
      : [...section.focusAreas, id]
    editor
      .chain()
      .command(({ tr }) => {
        const node = tr.doc.nodeAt(section.pos)
        if (!node || node.type.name !== 'heading') return false
        tr.setNodeMarkup(section.pos, undefined, { ...node.attrs, focusAreas: next })
        return true
      })
      .run()
  }

  return (
    <fieldset className="section-focus" aria-labelledby={legendId} disabled={!editor.isEditable}>
      <legend id={legendId} className="section-focus-legend">
        {t('section.title', { title: section.title || t('section.untitled') })}
      </legend>
      <p className="focus-panel-hint">{t('section.hint')}</p>
      <ul className="section-focus-list">
        {catalogue.focusAreas.map((area) => (
          <li key={area.id}>
            <label className="section-focus-option">
              <input
                type="checkbox"
                checked={section.focusAreas.includes(area.id)}
                onChange={() => toggle(area.id)}
              />
              <FocusChip area={area} />
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  )
}
