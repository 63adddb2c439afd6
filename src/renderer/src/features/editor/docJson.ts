import type { Node as PMNode } from '@tiptap/pm/model'
import type { DocJSON } from '../../../../shared/api'

// The JSON of each top-level block, by node. ProseMirror nodes are immutable and an edit keeps every
// block it does not touch, so a save after typing converts one paragraph, not the 300-page plan: the
// several megabytes of fresh objects each save made were collected in the next pause in typing.
// The JSON is shared between saves and must never be changed (nothing does: it is only sent).
const converted = new WeakMap<PMNode, unknown>()

/** The document as ProseMirror's own toJSON() gives it, reusing what earlier saves converted. */
export function docToJSON(doc: PMNode): DocJSON {
  const json: Record<string, unknown> = { type: doc.type.name }
  for (const _ in doc.attrs) {
    json.attrs = doc.attrs
    break
  }
  if (doc.content.size) {
    const content: unknown[] = []
    doc.forEach((block) => {
      let part = converted.get(block)
      if (part === undefined) {
        part = block.toJSON()
        converted.set(block, part)
      }
      content.push(part)
    })
    json.content = content
  }
  return json as DocJSON
}
