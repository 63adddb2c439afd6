import { Extension, type AnyExtension } from '@tiptap/core'
import { Placeholder } from '@tiptap/extensions'
import type { TFunction } from 'i18next'
import type { EditorBus } from '../editorBus'
import { FindInPlan } from '../find/findInPlan'
import { reviewHighlightPlugin } from '../../review/reviewHighlight'
import { editorShortcuts } from './editorShortcuts'
import { CaretBlockVisible } from './caretBlockVisible'
import { caretPlaceholder } from './caretPlaceholder'
import { pasteHandling } from './pasteHandling'
import { CardIntegrity } from './cardIntegrity'

/** Extensions that only the editing surface needs; none of them adds a node or mark to the schema. */
export function editorOnlyExtensions(bus: EditorBus, t: TFunction): AnyExtension[] {
  return [
    Placeholder.configure({
      // A template's section prompt shows in its empty paragraph, in every section at once (that is
      // the guide). The invitation to write lives at the caret only (caretPlaceholder).
      placeholder: ({ node }) => {
        const prompt = node.attrs?.prompt
        return typeof prompt === 'string' ? prompt : ''
      },
      showOnlyCurrent: false,
      includeChildren: true,
    }),
    caretPlaceholder(() => t('editor:placeholder.empty')),
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
