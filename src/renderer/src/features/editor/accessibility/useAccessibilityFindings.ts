import type { Editor } from '@tiptap/react'
import type { Node as PMNode } from '@tiptap/pm/model'
import {
  accessibilityFindings,
  type Finding,
} from '../../../../../shared/derive/accessibility/accessibilityFindings'
import { docToJSON } from '../docJson'
import { useDebouncedEditorValue } from '../useDebouncedEditorValue'

// By document: the tab's count, the panel and the summary before saving ask for the same
// document's findings, and it is turned into JSON and checked once.
const cache = new WeakMap<PMNode, Finding[]>()

/** The check over the editor's document as it is now (ProseMirror's JSON, as a save would send;
 * the blocks' JSON the save keeps is reused, so a pause does not convert the whole plan again). */
export function currentFindings(editor: Editor): Finding[] {
  const doc = editor.state.doc
  let found = cache.get(doc)
  if (!found) {
    found = accessibilityFindings(docToJSON(doc))
    cache.set(doc, found)
  }
  return found
}

const NONE: Finding[] = []

/** The findings, recomputed a moment after typing pauses (as the outline and the word count are). */
export function useAccessibilityFindings(editor: Editor | null): Finding[] {
  return useDebouncedEditorValue(editor, currentFindings, NONE, 400)
}
