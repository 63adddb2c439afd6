import { useEffect, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Editor } from '@tiptap/react'
import { getMarkRange } from '@tiptap/core'
import { Modal } from '../../../components/Modal'
import { isAllowedLink, normaliseLink } from '../../../../../shared/document/linkPolicy'

/** focusText: the dialog was opened to put the link's words right, so it starts in that field. */
type Props = { editor: Editor; onClose: () => void; focusText?: boolean }

/** The whole link the caret is in, and its text. */
function linkAt(editor: Editor): { from: number; to: number; text: string } | null {
  const { state } = editor
  const range = getMarkRange(state.selection.$from, state.schema.marks.link)
  return range ? { ...range, text: state.doc.textBetween(range.from, range.to) } : null
}

/** Adds, changes or removes a link. Only https and mailto get in: a plan travels by mail and USB
 * stick, so a link must not start a program or open a local file. A link's text can be changed
 * here too ("klik her" becomes what the link leads to, as the accessibility check asks). */
export function LinkDialog({ editor, onClose, focusText = false }: Props) {
  const { t } = useTranslation('editor')
  const current = (editor.getAttributes('link').href as string | undefined) ?? ''
  const hasSelection = !editor.state.selection.empty
  const [link] = useState(() => (current ? linkAt(editor) : null))
  const [href, setHref] = useState(current)
  const [text, setText] = useState(link?.text ?? '')
  const [error, setError] = useState('')
  const textField = useRef<HTMLInputElement>(null)
  const startInText = focusText && !!link
  // The native dialog, opened after this mounts, puts focus on its first field; the link's words
  // are wanted here, so focus moves there once the dialog is open.
  useEffect(() => {
    if (!startInText) return
    const frame = requestAnimationFrame(() => textField.current?.select())
    return () => cancelAnimationFrame(frame)
  }, [startInText])

  const submit = (e: FormEvent) => {
    e.preventDefault()
    const url = normaliseLink(href)
    if (!isAllowedLink(url)) {
      setError(t('link.refused'))
      return
    }
    const chain = editor.chain().focus()
    const newText = text.trim()
    if (link && newText && newText !== link.text) {
      // The new words keep the marks the link's text had (bold, italic), and the link.
      const marks = editor.state.doc
        .resolve(link.from + 1)
        .marks()
        .filter((m) => m.type.name !== 'link')
        .map((m) => m.toJSON())
      const linkMark = { type: 'link', attrs: { href: url } }
      chain
        .insertContentAt(
          { from: link.from, to: link.to },
          { type: 'text', text: newText, marks: [...marks, linkMark] },
        )
        .run()
    } else if (current) chain.extendMarkRange('link').setLink({ href: url }).run()
    else if (hasSelection) chain.setLink({ href: url }).run()
    else {
      const label = text.trim() || url.replace(/^mailto:/, '')
      chain
        .insertContent({ type: 'text', text: label, marks: [{ type: 'link', attrs: { href: url } }] })
        .run()
    }
    onClose()
  }

  const remove = () => {
    editor.chain().focus().extendMarkRange('link').unsetLink().run()
    onClose()
  }

  return (
    <Modal title={current ? t('link.editTitle') : t('link.addTitle')} open onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="link-href">{t('link.address')}</label>
          <input
            id="link-href"
            autoFocus={!startInText}
            value={href}
            inputMode="url"
            aria-describedby="link-hint link-error"
            aria-invalid={error ? true : undefined}
            onChange={(e) => {
              setHref(e.target.value)
              setError('')
            }}
          />
          <p id="link-hint" className="hint">
            {t('link.hint')}
          </p>
        </div>
        {(link || !hasSelection) && (
          <div className="field">
            <label htmlFor="link-text">{t('link.text')}</label>
            <input id="link-text" ref={textField} value={text} onChange={(e) => setText(e.target.value)} />
          </div>
        )}
        <p id="link-error" role="alert" className={error ? 'alert alert-error' : 'visually-hidden'}>
          {error}
        </p>
        <div className="modal-footer">
          {current && (
            <button type="button" className="btn btn-quiet" onClick={remove}>
              {t('link.remove')}
            </button>
          )}
          <button type="button" className="btn" onClick={onClose}>
            {t('common:actions.cancel')}
          </button>
          <button type="submit" className="btn btn-primary">
            {t('link.apply')}
          </button>
        </div>
      </form>
    </Modal>
  )
}
