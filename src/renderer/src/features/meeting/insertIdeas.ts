import type { Editor } from '@tiptap/react'
import type { Node as PMNode } from '@tiptap/pm/model'
import { initiativeNode } from '../../../../shared/document/initiative/initiativeNode'

export type PlanSection = { title: string; pos: number; level: number }

/** The plan's headings, for "under which section" and for the phones' section list. */
export function planSections(doc: PMNode): PlanSection[] {
  const out: PlanSection[] = []
  doc.forEach((node, pos) => {
    if (node.type.name === 'heading' && node.textContent.trim()) {
      out.push({ title: node.textContent.trim(), pos, level: Number(node.attrs.level ?? 1) })
    }
  })
  return out
}

/** Where text "under" a heading goes: before the next heading of the same or a higher level. */
function endOfSection(doc: PMNode, heading: PlanSection | null): number {
  if (!heading) return doc.content.size
  let end = doc.content.size
  doc.forEach((node, pos) => {
    if (end !== doc.content.size || pos <= heading.pos) return
    if (node.type.name === 'heading' && Number(node.attrs.level ?? 1) <= heading.level) end = pos
  })
  return end
}

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] })

/** Initiative titles are one line: the idea's first sentence or first 80 characters. */
export function titleOf(text: string): string {
  const first = text.split(/(?<=[.!?])\s|\n/)[0].trim()
  return first.length <= 80 ? first : `${first.slice(0, 79).trimEnd()}…`
}

/**
 * Puts the chosen ideas into the plan in one transaction, so one Ctrl+Z takes them all out again:
 * as paragraphs, or as initiative cards whose text is the idea and a line naming the meeting.
 * The ideas are text nodes (never parsed as HTML).
 */
export function insertIdeas(
  editor: Editor,
  ideas: string[],
  opts: { as: 'paragraphs' | 'initiatives'; section: PlanSection | null; sourceLine: string },
): boolean {
  const at = endOfSection(editor.state.doc, opts.section)
  const nodes =
    opts.as === 'paragraphs'
      ? ideas.map(paragraph)
      : ideas.flatMap((text) => {
          // The node's own factory; a title of one line always passes its check.
          const made = initiativeNode(crypto.randomUUID(), { title: titleOf(text) }, [
            paragraph(text),
            paragraph(opts.sourceLine),
          ])
          return made.ok ? [made.value] : []
        })
  return editor.chain().insertContentAt(at, nodes, { updateSelection: false }).run()
}
