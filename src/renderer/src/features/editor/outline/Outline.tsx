import { memo, useCallback, useEffect, useRef, useState } from 'react'
import { useEditorState, type Editor } from '@tiptap/react'
import { useTranslation } from 'react-i18next'
import { currentIndex, outlineOf, sameRowsOr, type OutlineRow } from './outlineItems'

/** How long after typing stops the outline catches up: typing in a long plan must stay instant. */
const SETTLE_MS = 300

/** The plan's headings: click one to jump there; the one you are writing under is marked. */
export function Outline({ editor }: { editor: Editor }) {
  const { t } = useTranslation('editor')
  // The rows are state; where the headings are is not (it changes with every letter typed above
  // them, and nothing on screen shows it), so it is kept beside them, read by the marker and the jump.
  const [initial] = useState(() => outlineOf(editor.state.doc))
  const [rows, setRows] = useState<OutlineRow[]>(initial.rows)
  const positions = useRef<number[]>(initial.positions)
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null
    const refresh = () => {
      const next = outlineOf(editor.state.doc)
      positions.current = next.positions
      setRows((previous) => sameRowsOr(previous, next.rows))
    }
    const later = () => {
      if (timer) clearTimeout(timer)
      timer = setTimeout(refresh, SETTLE_MS)
    }
    refresh()
    editor.on('update', later)
    return () => {
      editor.off('update', later)
      if (timer) clearTimeout(timer)
    }
  }, [editor])
  // Select the heading index, not the cursor: typing moves the cursor on every key, and the outline
  // must re-render only when the cursor crosses into another section.
  const here = useEditorState({
    editor,
    selector: ({ editor: e }) => currentIndex(positions.current, e.state.selection.from),
  })

  const jump = useCallback(
    (index: number) => {
      const at = positions.current[index]
      if (at === undefined) return
      const pos = Math.min(at + 1, editor.state.doc.content.size)
      editor.chain().focus().setTextSelection(pos).scrollIntoView().run()
      // scrollIntoView only brings the line into view; a heading reads best at the top of the page.
      const dom = editor.view.nodeDOM(at)
      if (dom instanceof HTMLElement) dom.scrollIntoView({ block: 'start' })
    },
    [editor],
  )

  if (!rows.length) return <p className="outline-empty">{t('outline.empty')}</p>
  const untitled = t('outline.untitled')
  return (
    <nav aria-label={t('outline.label')}>
      <ol className="outline">
        {rows.map((row, i) => (
          <Row
            key={row.key}
            index={i}
            level={row.level}
            text={row.text || untitled}
            current={i === here}
            onJump={jump}
          />
        ))}
      </ol>
    </nav>
  )
}

type RowProps = { index: number; level: number; text: string; current: boolean; onJump: (i: number) => void }

/** One heading; re-renders only when its own text, level, place or marking changes. */
const Row = memo(function Row({ index, level, text, current, onJump }: RowProps) {
  return (
    <li className={`outline-item outline-l${level}`}>
      <button type="button" aria-current={current ? 'location' : undefined} onClick={() => onJump(index)}>
        {text}
      </button>
    </li>
  )
})
