/** A node of the saved document as JSON: only what the projector reads. */
export type JsonNode = {
  type?: string
  text?: string
  attrs?: Record<string, unknown>
  content?: JsonNode[]
}

/** One section on the projector: a heading and the blocks up to the next heading. */
export type PresentedSection = {
  title: string
  level: number
  blocks: JsonNode[]
  /** The template's guiding prompt on the section's paragraph, if it has one (sectionPrompt). */
  prompt: string | null
}

export function textOf(node: JsonNode): string {
  if (typeof node.text === 'string') return node.text
  return (node.content ?? []).map(textOf).join(node.type === 'doc' ? '\n' : '')
}

/**
 * The plan cut at its headings, in the same order and by the same rule as the panel's section
 * list (every heading with text), so "section 3" means the same heading on the laptop and on the
 * projector. What comes before the first heading is not shown.
 */
export function presentedSections(doc: { content?: unknown[] }): PresentedSection[] {
  const out: PresentedSection[] = []
  for (const raw of doc.content ?? []) {
    const node = raw as JsonNode
    if (node.type === 'heading' && textOf(node).trim()) {
      out.push({
        title: textOf(node).trim(),
        level: Number(node.attrs?.level ?? 1),
        blocks: [],
        prompt: null,
      })
      continue
    }
    const current = out.at(-1)
    if (!current) continue
    const prompt = node.type === 'paragraph' ? node.attrs?.prompt : null
    if (typeof prompt === 'string' && prompt.trim() && current.prompt === null) current.prompt = prompt.trim()
    if (textOf(node).trim()) current.blocks.push(node)
  }
  return out
}
