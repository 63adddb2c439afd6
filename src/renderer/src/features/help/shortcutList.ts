import { blockActions, historyActions, markActions } from '../editor/toolbar/actions'

/** One line of the shortcut list: the editor's action name (i18n `editor:action.<id>` or
 * `help:keys.<id>`) and the keys. */
export type ShortcutLine = { id: string; keys: string; ns: 'editor' | 'help' }

/**
 * The keyboard shortcuts the help lists: the toolbar's own actions with the shortcut they carry
 * (the same objects the toolbar's tooltips read, so the two cannot disagree), then the app's own
 * keys handled outside the toolbar (editorShortcuts.ts, PlanEditor.tsx, textSize.ts, spelling/spellCheckPlugin.ts).
 */
export function shortcutList(): ShortcutLine[] {
  const fromActions = [...historyActions, ...markActions, ...blockActions]
    .filter((a) => a.shortcut)
    .map((a) => ({ id: a.id, keys: a.shortcut!, ns: 'editor' as const }))
  const own: ShortcutLine[] = [
    { id: 'link', keys: 'Ctrl+K', ns: 'editor' },
    { id: 'find', keys: 'Ctrl+F', ns: 'editor' },
    { id: 'replace', keys: 'Ctrl+H', ns: 'help' },
    { id: 'print', keys: 'Ctrl+P', ns: 'editor' },
    { id: 'textBigger', keys: 'Ctrl++', ns: 'help' },
    { id: 'textSmaller', keys: 'Ctrl+−', ns: 'help' },
    { id: 'textNormal', keys: 'Ctrl+0', ns: 'help' },
    { id: 'selectCard', keys: 'Backspace / Delete', ns: 'help' },
    { id: 'spelling', keys: 'Alt+F7 / Shift+F10', ns: 'help' },
    { id: 'help', keys: 'F1', ns: 'help' },
  ]
  return [...fromActions, ...own]
}
