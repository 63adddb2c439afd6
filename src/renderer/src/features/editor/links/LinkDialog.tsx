import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Editor } from '@tiptap/react'
import { Modal } from '../../../components/Modal'
import { isAllowedLink, normaliseLink } from '../../../../../shared/document/linkPolicy'

type Props = { editor: Editor; onClose: () => void }

/** Adds, changes or removes a link. Only https and mailto get in: a plan travels by mail and USB
 * stick, so a link must not start a program or open a local file. */
export function LinkDialog({ editor, onClose }: Props) {
  const { t } = useTranslation('editor')
  const current = (editor.getAttributes('link').href as string | undefined) ?? ''
  const hasSelection = !editor.state.selection.empty
  const [href, setHref] = useState(current)
  const [text, setText] = useState('')
  const [error, setError] = useState('')

  const submit = (e: FormEvent) => {
    e.preventDefault()
    const url = normaliseLink(href)
    if (!isAllowedLink(url)) {
      setError(t('link.refused'))
      return
    }
    const chain = editor.chain().focus()
    if (current) chain.extendMarkRange('link').setLink({ href: url }).run()
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
            autoFocus
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
        {!current && !hasSelection && (
          <div className="field">
            <label htmlFor="link-text">{t('link.text')}</label>
            <input id="link-text" value={text} onChange={(e) => setText(e.target.value)} />
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
