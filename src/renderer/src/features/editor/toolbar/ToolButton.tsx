import type { Editor } from '@tiptap/react'
import { useTranslation } from 'react-i18next'
import type { Action } from './actions'
import { Icon } from './icons'

type Props = { editor: Editor; action: Action; active?: boolean; disabled?: boolean; showLabel?: boolean }

/** A toolbar button: labelled for screen readers, with the Danish tooltip naming the Word shortcut. */
export function ToolButton({ editor, action, active, disabled, showLabel }: Props) {
  const { t } = useTranslation('editor')
  const label = t(`action.${action.id}`)
  const title = action.shortcut ? `${label} (${action.shortcut})` : label
  return (
    <button
      type="button"
      className={`tool${showLabel ? ' tool-text' : ''}`}
      data-action={action.id}
      aria-label={label}
      aria-pressed={action.isActive ? !!active : undefined}
      aria-keyshortcuts={action.shortcut?.replace(/Ctrl/g, 'Control')}
      title={title}
      disabled={disabled}
      onMouseDown={(e) => e.preventDefault()}
      onClick={() => action.run(editor)}
    >
      {action.icon ? (
        <Icon name={action.icon} />
      ) : action.glyph ? (
        <span className={`glyph glyph-${action.id}`}>{action.glyph}</span>
      ) : null}
      {showLabel && <span>{label}</span>}
    </button>
  )
}
