import { useEditorState, type Editor } from '@tiptap/react'
import { useTranslation } from 'react-i18next'
import { useDebouncedEditorValue } from '../useDebouncedEditorValue'
import { currentIndex, outlineItems, type OutlineItem } from './outlineItems'

const computeItems = (e: Editor) => outlineItems(e.state.doc)

/** The plan's headings: click one to jump there; the one you are writing under is marked. */
export function Outline({ editor }: { editor: Editor }) {
  const { t } = useTranslation('editor')
  const items = useDebouncedEditorValue<OutlineItem[]>(editor, computeItems, [])
  // Select the heading index, not the cursor: typing moves the cursor on every key, and the outline
  // must re-render only when the cursor crosses into another section.
  const here = useEditorState({
    editor,
    selector: ({ editor: e }) => currentIndex(items, e.state.selection.from),
  })

  const jump = (item: OutlineItem) => {
    const pos = Math.min(item.pos + 1, editor.state.doc.content.size)
    editor.chain().focus().setTextSelection(pos).scrollIntoView().run()
    // scrollIntoView only brings the line into view; a heading reads best at the top of the page.
    const dom = editor.view.nodeDOM(item.pos)
    if (dom instanceof HTMLElement) dom.scrollIntoView({ block: 'start' })
  }

  if (!items.length) return <p className="outline-empty">{t('outline.empty')}</p>
  return (
    <nav aria-label={t('outline.label')}>
      <ol className="outline">
        {items.map((item, i) => (
          <li key={`${item.pos}`} className={`outline-item outline-l${item.level}`}>
            <button
              type="button"
              aria-current={i === here ? 'location' : undefined}
              onClick={() => jump(item)}
            >
              {item.text || t('outline.untitled')}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  )
}
