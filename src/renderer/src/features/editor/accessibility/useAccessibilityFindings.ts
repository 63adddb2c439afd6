import type { Editor } from '@tiptap/react'
import type { Node as PMNode } from '@tiptap/pm/model'
import {
  accessibilityFindingsIncremental,
  createFindingsCache,
  type Finding,
} from '../../../../../shared/derive/accessibility/accessibilityFindings'
import { docToJSON } from '../docJson'
import { useDebouncedEditorValue } from '../useDebouncedEditorValue'
import { sameFindings } from './sameFindings'

// By document: the tab's count, the panel and the summary before saving ask for the same
// document's findings, and it is checked once.
const cache = new WeakMap<PMNode, Finding[]>()
// By top-level block: docToJSON keeps one JSON object per block node, so after a pause only the
// blocks typed in are checked again (a 300-page plan has some 15,000 blocks).
const blocks = createFindingsCache()
let last: Finding[] = []

/** The check over the editor's document as it is now (ProseMirror's JSON, as a save would send;
 * the blocks' JSON the save keeps is reused, so a pause does not convert the whole plan again).
 * When the findings are those of the last check, the same array is returned, so nothing that shows
 * them renders again. */
export function findingsOf(doc: PMNode): Finding[] {
  let found = cache.get(doc)
  if (!found) {
    const next = accessibilityFindingsIncremental(docToJSON(doc), blocks)
    found = sameFindings(last, next) ? last : next
    last = found
    cache.set(doc, found)
  }
  return found
}

export const currentFindings = (editor: Editor): Finding[] => findingsOf(editor.state.doc)

const NONE: Finding[] = []

/** The findings, recomputed a moment after typing pauses (as the outline and the word count are). */
export function useAccessibilityFindings(editor: Editor | null): Finding[] {
  return useDebouncedEditorValue(editor, currentFindings, NONE, 400)
}
