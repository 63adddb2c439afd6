import { Extension } from '@tiptap/core'
import type { Node as PMNode } from '@tiptap/pm/model'
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'

const key = new PluginKey('caretPlaceholder')

/** True as soon as one text node is found: a plan with text answers at its first words. */
function hasText(doc: PMNode): boolean {
  let found = false
  doc.descendants((n) => {
    if (found) return false
    if (n.isText && n.text) found = true
    return !found
  })
  return found
}

/** The empty textblock holding a collapsed caret, with its position, or null. */
function emptyBlockAtCaret(state: EditorState): { node: PMNode; pos: number } | null {
  const { selection } = state
  if (!selection.empty) return null
  const $pos = selection.$from
  const node = $pos.parent
  if (!node.isTextblock || node.content.size > 0) return null
  return { node, pos: $pos.before() }
}

/**
 * What the caret's empty line says. Only the line with the caret: after reopening a plan, its empty
 * paragraphs and table cells stay blank instead of each repeating an invitation like leftover text.
 * - A plan with no text yet invites writing there ("Begynd at skrive jeres plan her ...").
 * - A template's prompt paragraph (shown in its section by the Placeholder extension) is given the
 *   prompt as its accessible description while the caret is in it: the shown prompt is CSS
 *   generated content with empty alternative text, so a screen reader never reads it as the
 *   paragraph's text, and hears it as a hint where the writing goes.
 */
export function caretPlaceholder(invitation: () => string) {
  return Extension.create({
    name: 'caretPlaceholder',
    addProseMirrorPlugins() {
      const editor = this.editor
      return [
        new Plugin({
          key,
          props: {
            decorations(state) {
              if (!editor.isEditable) return null
              const at = emptyBlockAtCaret(state)
              if (!at) return null
              const prompt = at.node.attrs.prompt
              const end = at.pos + at.node.nodeSize
              if (typeof prompt === 'string' && prompt) {
                return DecorationSet.create(state.doc, [
                  Decoration.node(at.pos, end, { 'aria-description': prompt }),
                ])
              }
              if (hasText(state.doc)) return null
              return DecorationSet.create(state.doc, [
                Decoration.node(at.pos, end, { class: 'plan-invite', 'data-invite': invitation() }),
              ])
            },
          },
        }),
      ]
    },
  })
}
