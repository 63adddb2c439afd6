import { useCallback, useEffect, useState } from 'react'
import type { Editor } from '@tiptap/react'
import { Selection, TextSelection } from '@tiptap/pm/state'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { ErrorMessage } from '../../components/ErrorMessage'
import type { ReviewComment, ReviewList } from '../../../../shared/model/review'
import { formatDay } from '../../../../shared/format/dates'
import { placementToRange, reviewHighlightKey } from './reviewHighlight'
import { inBackground } from '../errors/inBackground'
import './review.css'

type Props = { editor: Editor; planId: string }

/** "Kommentarer": the consultant's Word comments beside the passages they are about. */
export function CommentsPanel({ editor, planId }: Props) {
  const { t, i18n } = useTranslation('review')
  const [list, setList] = useState<ReviewList | null>(null)
  const [error, setError] = useState<unknown>(null)
  const [notice, setNotice] = useState<string | null>(null)

  const run = useCallback(async (f: () => Promise<ReviewList>) => {
    setError(null)
    try {
      setList(await f())
    } catch (e) {
      setError(e)
    }
  }, [])

  useEffect(() => {
    inBackground(
      run(() => api['reviews.list']({ planId })),
      'CommentsPanel',
    )
  }, [planId, run])

  async function importComments() {
    setError(null)
    try {
      const r = await api['reviews.import']({ planId })
      if (r.status === 'cancelled') return
      setList(r)
      const added = t('imported', { count: r.found - r.duplicates })
      setNotice(
        r.unplaced.length ? `${added} ${t('importedUnplaced', { unplaced: r.unplaced.length })}` : added,
      )
    } catch (e) {
      setError(e)
    }
  }

  /** Ticks at once (a volunteer must see the click took), then takes the stored list as the truth. */
  function setHandled(commentId: string, handled: boolean) {
    const mark = (cs: ReviewComment[]) => cs.map((x) => (x.id === commentId ? { ...x, handled } : x))
    setList((l) => (l ? { placed: mark(l.placed), unplaced: mark(l.unplaced) } : l))
    inBackground(
      run(() => api['reviews.setHandled']({ planId, commentId, handled })),
      'CommentsPanel',
    )
  }

  function jump(c: ReviewComment) {
    if (!c.placed) return
    const range = placementToRange(editor.state.doc, c.placed)
    if (!range) return
    // The caret goes to the passage's start, collapsed: a selected passage would be overwritten by
    // the first key the volunteer types. The passage is shown by the highlight (and a flash) instead.
    // A card or derived block: the caret goes to the nearest text, in it or after it, never onto
    // the block itself (a key typed on a selected block would replace it).
    const doc = editor.state.doc
    const near = Selection.near(doc.resolve(range.from))
    const caret = !range.node
      ? TextSelection.create(doc, range.from)
      : near instanceof TextSelection
        ? near
        : Selection.near(doc.resolve(range.to), 1)
    const tr = editor.state.tr.setSelection(caret).setMeta(reviewHighlightKey, range).scrollIntoView()
    editor.view.dispatch(tr)
    editor.view.focus()
    // ProseMirror's scroll measures blocks drawn lazily (content-visibility), so in a long plan it
    // can stop short; centring the drawn highlight once it exists lands on the passage.
    requestAnimationFrame(() => {
      editor.view.dom.querySelector('.review-highlight')?.scrollIntoView({ block: 'center' })
    })
  }

  const date = (iso: string) => {
    const d = new Date(iso)
    return Number.isNaN(d.getTime()) ? iso : formatDay(d, i18n.language === 'en' ? 'en' : 'da')
  }

  const item = (c: ReviewComment) => (
    <li key={c.id} className={`review-comment${c.handled ? ' is-handled' : ''}`}>
      <div className="review-meta">
        <strong>{c.author || t('unknownAuthor')}</strong> · <time dateTime={c.date}>{date(c.date)}</time>
      </div>
      {c.anchorText && (
        <button type="button" className="review-anchor" onClick={() => jump(c)} disabled={!c.placed}>
          <q>{c.anchorText}</q>
        </button>
      )}
      <p className="review-text">{c.text}</p>
      <label className="review-handled">
        <input type="checkbox" checked={c.handled} onChange={(e) => setHandled(c.id, e.target.checked)} />{' '}
        {t('markHandled')}
      </label>
    </li>
  )

  return (
    <div className="review-panel">
      <button type="button" className="btn" onClick={importComments}>
        {t('import')}
      </button>
      <ErrorMessage error={error} onDismiss={() => setError(null)} />
      {notice && (
        <p role="status" className="review-notice">
          {notice}
        </p>
      )}
      {list && list.placed.length === 0 && list.unplaced.length === 0 && <p>{t('empty')}</p>}
      {list && list.placed.length > 0 && <ul className="review-list">{list.placed.map(item)}</ul>}
      {list && list.unplaced.length > 0 && (
        <section aria-labelledby="review-unplaced">
          <h2 id="review-unplaced">{t('unplaced.title')}</h2>
          <p className="review-hint">{t('unplaced.hint')}</p>
          <ul className="review-list">{list.unplaced.map(item)}</ul>
        </section>
      )}
    </div>
  )
}
