import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { useEditorState, type Editor } from '@tiptap/react'
import { useTranslation } from 'react-i18next'
import { findKey } from './findInPlan'
import { ReplaceRow } from './ReplaceRow'

type FindBarProps = {
  editor: Editor
  onClose: () => void
  /** Ctrl+H asked for the replace field (it opens it also when find is already open). */
  replaceRequested?: boolean
  /** A read-only plan can be searched but not changed. */
  canReplace?: boolean
}

/** Ctrl+F: find in the whole plan. Enter / Shift+Enter step through the matches, Escape closes.
 * Ctrl+H (or the Erstat button) adds the replace field. */
export function FindBar({ editor, onClose, replaceRequested = false, canReplace = true }: FindBarProps) {
  const { t } = useTranslation('editor')
  const [query, setQuery] = useState('')
  const [showReplace, setShowReplace] = useState(replaceRequested)
  const [announce, setAnnounce] = useState('')
  const input = useRef<HTMLInputElement>(null)
  useEffect(() => {
    if (replaceRequested) setShowReplace(true)
  }, [replaceRequested])
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

  const onEscape = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return
    e.preventDefault()
    close()
  }

  return (
    // Escape closes from anywhere in the bar, also from a button just clicked.
    <div className="find-bar" role="search" aria-label={t('find.label')} onKeyDown={onEscape}>
      <div className="find-row">
        <input
          ref={input}
          type="search"
          aria-label={t('find.input')}
          placeholder={t('find.placeholder')}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value)
            setAnnounce('')
            editor.commands.setFindQuery(e.target.value)
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault()
              step(e.shiftKey ? -1 : 1)
            }
          }}
        />
        <span className="find-count" aria-live="polite">
          {announce
            ? announce
            : !query
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
        {canReplace && (
          <button
            type="button"
            className="btn btn-quiet find-toggle"
            aria-expanded={showReplace}
            title={t('find.showReplace')}
            onClick={() => setShowReplace((v) => !v)}
          >
            {t('find.replaceToggle')}
          </button>
        )}
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
      {canReplace && showReplace && (
        <ReplaceRow
          editor={editor}
          hasMatches={s.count > 0}
          onReplacedAll={(count) => setAnnounce(t('find.replaced', { count }))}
        />
      )}
    </div>
  )
}
