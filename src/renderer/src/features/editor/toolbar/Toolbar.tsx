import { useRef } from 'react'
import { useEditorState, type Editor } from '@tiptap/react'
import { useTranslation } from 'react-i18next'
import {
  blockActions,
  historyActions,
  insertTable,
  markActions,
  setBlockStyle,
  tableActions,
  type Action,
  type BlockStyle,
} from './actions'
import { toolbarState } from './toolbarState'
import { ToolButton } from './ToolButton'
import { Icon } from './icons'
import { useRovingFocus } from './useRovingFocus'
import { insertKeyFigures } from '../nodes/insertBlocks'
import './toolbar.css'

type Props = {
  editor: Editor
  onLink: () => void
  onImage: () => void
  /** "Hent nøgletal": key figures from a data file (datapakke). */
  onFetchKeyFigures: () => void
  onFind: () => void
  onPrint: () => void
  onHelp: () => void
  writingView: boolean
  onToggleWritingView: () => void
}

/** The formatting toolbar. It re-renders only when what it shows changes (not on every keystroke). */
export function Toolbar({
  editor,
  onLink,
  onImage,
  onFetchKeyFigures,
  onFind,
  onPrint,
  onHelp,
  writingView,
  onToggleWritingView,
}: Props) {
  const { t } = useTranslation('editor')
  const ref = useRef<HTMLDivElement>(null)
  const roving = useRovingFocus(ref)
  const s = useEditorState({ editor, selector: ({ editor: e }) => toolbarState(e) })
  const button = (a: Action, disabled?: boolean) => (
    <ToolButton key={a.id} editor={editor} action={a} active={s.active[a.id]} disabled={disabled} />
  )
  const extra = (
    id: string,
    icon: string,
    shortcut: string | undefined,
    onClick: () => void,
    pressed?: boolean,
  ) => {
    const label = t(`action.${id}`)
    return (
      <button
        type="button"
        className="tool"
        data-action={id}
        aria-label={label}
        aria-pressed={pressed}
        title={shortcut ? `${label} (${shortcut})` : label}
        onMouseDown={(e) => e.preventDefault()}
        onClick={onClick}
      >
        <Icon name={icon} />
      </button>
    )
  }
  return (
    <div
      ref={ref}
      className="toolbar"
      role="toolbar"
      aria-label={t('toolbar.label')}
      onKeyDown={roving.onKeyDown}
      onFocus={roving.onFocus}
    >
      <div className="tool-group">
        {historyActions.map((a) => button(a, a.id === 'undo' ? !s.canUndo : !s.canRedo))}
      </div>
      <div className="tool-group">
        <select
          className="tool-select"
          aria-label={t('toolbar.blockStyle')}
          title={t('toolbar.blockStyleHint')}
          value={s.block}
          onChange={(e) => setBlockStyle(editor, e.target.value as BlockStyle)}
        >
          <option value="paragraph">{t('block.paragraph')}</option>
          <option value="h1">{t('block.h1')}</option>
          <option value="h2">{t('block.h2')}</option>
          <option value="h3">{t('block.h3')}</option>
        </select>
      </div>
      <div className="tool-group">{markActions.map((a) => button(a))}</div>
      <div className="tool-group">{blockActions.map((a) => button(a))}</div>
      <div className="tool-group">
        {extra('link', 'link', 'Ctrl+K', onLink, s.link)}
        {extra('image', 'image', undefined, onImage)}
        {extra('insertTable', 'table', undefined, () => insertTable(editor))}
        {extra('keyFigures', 'chart', undefined, () => insertKeyFigures(editor))}
        {extra('fetchKeyFigures', 'table', undefined, onFetchKeyFigures)}
      </div>
      {s.inTable && (
        <div className="tool-group tool-group-table" aria-label={t('toolbar.table')} role="group">
          {tableActions.map((a) => (
            <ToolButton key={a.id} editor={editor} action={a} showLabel />
          ))}
        </div>
      )}
      <div className="tool-spacer" />
      <div className="tool-group">
        {extra('find', 'find', 'Ctrl+F', onFind)}
        {extra('print', 'print', 'Ctrl+P', onPrint)}
        {extra('help', 'help', 'F1', onHelp)}
        {extra('writingView', 'writing', undefined, onToggleWritingView, writingView)}
      </div>
    </div>
  )
}
