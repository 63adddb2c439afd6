import { Extension, type AnyExtension } from '@tiptap/core'
import { CharacterCount, Placeholder } from '@tiptap/extensions'
import type { TFunction } from 'i18next'
import type { EditorBus } from '../editorBus'
import { FindInPlan } from '../find/findInPlan'
import { reviewHighlightPlugin } from '../../review/reviewHighlight'
import { editorShortcuts } from './editorShortcuts'
import { CaretBlockVisible } from './caretBlockVisible'
import { pasteHandling } from './pasteHandling'
import { CardIntegrity } from './cardIntegrity'

/** Extensions that only the editing surface needs; none of them adds a node or mark to the schema. */
export function editorOnlyExtensions(bus: EditorBus, t: TFunction): AnyExtension[] {
  return [
    Placeholder.configure({
      // A template's section prompt shows in its empty paragraph; the first empty line invites writing.
      placeholder: ({ node, editor }) => {
        const prompt = node.attrs?.prompt
        if (typeof prompt === 'string' && prompt) return prompt
        return editor.isEmpty ? t('editor:placeholder.empty') : ''
      },
      showOnlyCurrent: false,
      includeChildren: true,
    }),
    CharacterCount,
    CaretBlockVisible,
    FindInPlan,
    // The comment highlight lives with the editor, not the comments panel: switching side tabs
    // unmounts the panel, and the passage must stay marked.
    Extension.create({ name: 'reviewHighlight', addProseMirrorPlugins: () => [reviewHighlightPlugin()] }),
    pasteHandling(bus),
    editorShortcuts(bus),
    // Initiative cards act as Word objects: keys and pastes never merge text into them, ids stay unique.
    ...CardIntegrity,
  ]
}
