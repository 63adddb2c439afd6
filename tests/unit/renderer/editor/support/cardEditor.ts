import { Editor, type AnyExtension, type JSONContent } from '@tiptap/core'
import type { Node as PMNode } from '@tiptap/pm/model'
import { TextSelection } from '@tiptap/pm/state'
import { planExtensions } from '../../../../../src/shared/document/extensions'
import { CardIntegrity } from '../../../../../src/renderer/src/features/editor/extensions/cardIntegrity'

/** The document schema plus the card rules, as the editor has them (the node views aside). */
export function cardEditor(
  content: JSONContent,
  extensions: AnyExtension[] = [...planExtensions(), ...CardIntegrity],
) {
  return new Editor({ element: document.createElement('div'), extensions, content })
}

/**
 * Presses a key through the editor's real keymaps, as ProseMirror does on keydown. Not
 * editor.commands.keyboardShortcut: that replays only the steps of what the keymap did and drops
 * the selection it set (a card selected by Backspace would not show as selected).
 */
export function press(editor: Editor, key: string): boolean {
  const [mods, name] =
    key.includes('-') && key.length > 1 ? [key.split('-').slice(0, -1), key.split('-').at(-1)!] : [[], key]
  const event = new KeyboardEvent('keydown', {
    key: name,
    ctrlKey: mods.includes('Ctrl'),
    shiftKey: mods.includes('Shift'),
    altKey: mods.includes('Alt'),
    bubbles: true,
    cancelable: true,
  })
  return editor.view.someProp('handleKeyDown', (f) => f(editor.view, event)) ?? false
}

/** Types text as ProseMirror does: handleTextInput first, else the text replaces the selection. */
export function typeText(editor: Editor, text: string): void {
  const { view } = editor
  const { from, to } = view.state.selection
  const handled = view.someProp('handleTextInput', (f) =>
    f(view, from, to, text, () => view.state.tr.insertText(text, from, to)),
  )
  if (!handled) view.dispatch(view.state.tr.insertText(text, from, to))
}

export function select(editor: Editor, anchor: number, head = anchor): void {
  editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, anchor, head)))
}

/** Each card's id and description text, in document order. */
export function cards(doc: PMNode): { id: string; text: string; pos: number }[] {
  const out: { id: string; text: string; pos: number }[] = []
  doc.descendants((node, pos) => {
    if (node.type.name !== 'initiative') return !node.isTextblock
    out.push({ id: String(node.attrs.id), text: node.textContent, pos })
    return false
  })
  return out
}

/** The text outside every card. */
export function outsideText(doc: PMNode): string {
  let text = ''
  doc.descendants((node) => {
    if (node.type.name === 'initiative') return false
    if (node.isText) text += node.text
    return true
  })
  return text
}

/** Position of the start of the text of the top-level block at `index` (a textblock). */
export function blockStart(doc: PMNode, index: number): number {
  let pos = 0
  for (let i = 0; i < index; i++) pos += doc.child(i).nodeSize
  return pos + 1
}

export const text = (t: string) => (t ? [{ type: 'text', text: t }] : [])
export const p = (t: string) => ({ type: 'paragraph', content: text(t) })
export const h = (t: string, level = 2) => ({ type: 'heading', attrs: { level }, content: text(t) })
export const card = (id: string, ...paras: string[]) => ({
  type: 'initiative',
  attrs: { id, title: `Initiativ ${id}` },
  content: paras.map(p),
})
export const doc = (...content: unknown[]): JSONContent => ({
  type: 'doc',
  content: content as JSONContent[],
})
