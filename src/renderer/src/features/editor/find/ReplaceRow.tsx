import { useRef, useState } from 'react'
import type { Editor } from '@tiptap/react'
import { useTranslation } from 'react-i18next'
import { findKey } from './findInPlan'
import { replaceAll, replaceCurrent } from './replaceInPlan'

type ReplaceRowProps = {
  editor: Editor
  hasMatches: boolean
  onReplacedAll: (count: number) => void
}

/** The replace half of the find bar: Enter in the field is "Erstat", as in Word. */
export function ReplaceRow({ editor, hasMatches, onReplacedAll }: ReplaceRowProps) {
  const { t } = useTranslation('editor')
  const [replacement, setReplacement] = useState('')
  const field = useRef<HTMLInputElement>(null)
  const one = () => {
    replaceCurrent(editor, replacement)
    if (!findKey.getState(editor.state)?.matches.length) field.current?.focus()
    requestAnimationFrame(() => {
      editor.view.dom.querySelector('.find-match-current')?.scrollIntoView({ block: 'center' })
    })
  }
  return (
    <div className="find-row">
      <input
        ref={field}
        type="text"
        aria-label={t('find.replaceWith')}
        placeholder={t('find.replacePlaceholder')}
        value={replacement}
        onChange={(e) => setReplacement(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault()
            one()
          }
        }}
      />
      <button type="button" className="btn btn-quiet" disabled={!hasMatches} onClick={one}>
        {t('find.replace')}
      </button>
      <button
        type="button"
        className="btn btn-quiet"
        disabled={!hasMatches}
        onClick={() => {
          onReplacedAll(replaceAll(editor, replacement))
          // The button disables itself once nothing is left to replace; focus must not drop to the page.
          field.current?.focus()
        }}
      >
        {t('find.replaceAll')}
      </button>
    </div>
  )
}
