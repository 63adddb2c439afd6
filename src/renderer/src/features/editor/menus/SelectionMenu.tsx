import { BubbleMenu, type BubbleMenuProps } from '@tiptap/react/menus'
import { useEditorState, type Editor } from '@tiptap/react'
import { NodeSelection } from '@tiptap/pm/state'
import { useTranslation } from 'react-i18next'
import { markActions } from '../toolbar/actions'
import { ToolButton } from '../toolbar/ToolButton'
import { Icon } from '../toolbar/icons'

type Props = { editor: Editor; onLink: () => void; onOpenLink: (href: string) => void; onEditAlt: () => void }

/*
 * BubbleMenu dispatches an "update options" transaction whenever shouldShow or options change
 * identity. Made inline, they changed on every render, i.e. on every keystroke; a transaction that
 * lands between the browser inserting a letter and ProseMirror reading it puts the caret back
 * before that letter ("Historie" became "istorieH"). Module-level constants never change.
 */
const SHOULD_SHOW: BubbleMenuProps['shouldShow'] = ({ editor, state }) =>
  editor.isEditable &&
  // A Nøgletal block selected as a whole has no text to format: its own fields are its controls.
  !(state.selection instanceof NodeSelection && state.selection.node.type.name === 'keyFigures') &&
  (!state.selection.empty || editor.isActive('link'))
const OPTIONS: BubbleMenuProps['options'] = { placement: 'top', offset: 8 }

/** The small menu over selected text (Word's mini toolbar), and over a selected picture its alt text. */
export function SelectionMenu({ editor, onLink, onOpenLink, onEditAlt }: Props) {
  const { t } = useTranslation('editor')
  const s = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      active: Object.fromEntries(markActions.map((a) => [a.id, a.isActive!(e)])) as Record<string, boolean>,
      href: (e.getAttributes('link').href as string | undefined) ?? '',
      image: e.state.selection instanceof NodeSelection && e.state.selection.node.type.name === 'image',
    }),
  })
  const quiet = (id: string, icon: string, onClick: () => void) => (
    <button
      type="button"
      className="tool tool-text"
      data-action={id}
      aria-label={t(`action.${id}`)}
      title={t(`action.${id}`)}
      onMouseDown={(e) => e.preventDefault()}
      onClick={onClick}
    >
      <Icon name={icon} />
      <span>{t(`action.${id}`)}</span>
    </button>
  )
  return (
    <BubbleMenu
      editor={editor}
      className="selection-menu"
      role="toolbar"
      aria-label={t('toolbar.selection')}
      shouldShow={SHOULD_SHOW}
      options={OPTIONS}
    >
      {s.image ? (
        quiet('editAlt', 'alt', onEditAlt)
      ) : (
        <>
          {markActions.slice(0, 3).map((a) => (
            <ToolButton key={a.id} editor={editor} action={a} active={s.active[a.id]} />
          ))}
          {quiet('link', 'link', onLink)}
          {s.href && quiet('openLink', 'open', () => onOpenLink(s.href))}
        </>
      )}
    </BubbleMenu>
  )
}
