import { useEffect, useRef, useState } from 'react'
import { useEditorState, type Editor } from '@tiptap/react'
import { useTranslation } from 'react-i18next'
import { findKey } from './findInPlan'

/** Ctrl+F: find in the whole plan. Enter / Shift+Enter step through the matches, Escape closes. */
export function FindBar({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const { t } = useTranslation('editor')
  const [query, setQuery] = useState('')
  const input = useRef<HTMLInputElement>(null)
  const s = useEditorState({
    editor,
    selector: ({ editor: e }) => {
      const f = findKey.getState(e.state)
      return { count: f?.matches.length ?? 0, current: f?.current ?? -1 }
    },
  })

  useEffect(() => {
    input.current?.focus()
    input.current?.select()
    return () => void editor.commands.setFindQuery('')
  }, [editor])

  // ProseMirror scrolls the selection only as far as its edge; a found word reads best mid-screen.
  const step = (direction: 1 | -1) => {
    if (!editor.commands.findStep(direction)) return
    requestAnimationFrame(() => {
      editor.view.dom.querySelector('.find-match-current')?.scrollIntoView({ block: 'center' })
    })
  }

  const close = () => {
    editor.commands.setFindQuery('')
    onClose()
    editor.commands.focus()
  }

  return (
    <div className="find-bar" role="search" aria-label={t('find.label')}>
      <input
        ref={input}
        type="search"
        aria-label={t('find.input')}
        placeholder={t('find.placeholder')}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value)
          editor.commands.setFindQuery(e.target.value)
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault()
            step(e.shiftKey ? -1 : 1)
          } else if (e.key === 'Escape') {
            e.preventDefault()
            close()
          }
        }}
      />
      <span className="find-count" aria-live="polite">
        {!query
          ? ''
          : !s.count
            ? t('find.none')
            : s.current < 0
              ? t('find.found', { count: s.count })
              : t('find.count', { current: s.current + 1, count: s.count })}
      </span>
      <button
        type="button"
        className="tool"
        aria-label={t('find.previous')}
        title={`${t('find.previous')} (Shift+Enter)`}
        disabled={!s.count}
        onClick={() => step(-1)}
      >
        <span aria-hidden="true">↑</span>
      </button>
      <button
        type="button"
        className="tool"
        aria-label={t('find.next')}
        title={`${t('find.next')} (Enter)`}
        disabled={!s.count}
        onClick={() => step(1)}
      >
        <span aria-hidden="true">↓</span>
      </button>
      <button
        type="button"
        className="tool"
        aria-label={t('find.close')}
        title={`${t('find.close')} (Esc)`}
        onClick={close}
      >
        <span aria-hidden="true">×</span>
      </button>
    </div>
  )
}
