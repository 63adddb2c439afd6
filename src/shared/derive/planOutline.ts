import { asNode, attrsOf, childrenOf, type JsonNode } from './docWalk'
import { isOutlinePlace, walkBlocks, type NodePath } from './blockWalk'
import { normaliseInitiativeAttrs } from './initiatives'

/** A heading of the plan as the Word file has it: a section heading or an initiative's title. */
export type OutlineEntry = {
  kind: 'heading' | 'initiative'
  path: NodePath
  /** The level it is written at: a section never more than one below the one before it, an
   * initiative one below the section it is in. */
  level: number
  /** Its text on one line; '' for an initiative without a title (the caller names it). */
  title: string
  /** Listed in the table of contents (levels 1-3 with visible text, as Word's TOC \o "1-3"). */
  inContents: boolean
}

const CONTENTS_LEVELS = 3

/** A heading's text on one line, as the contents shows it. */
export function headingLine(node: JsonNode): string {
  let s = ''
  for (const child of childrenOf(node)) {
    if (child.type === 'hardBreak') s += ' '
    else if (child.type === 'text' && typeof child.text === 'string') s += child.text
  }
  return s.replace(/\t/g, ' ')
}

/** The export leaves out a heading with nothing in it at all (not even a line break). */
const writesSomething = (node: JsonNode) =>
  childrenOf(node).some((c) => c.type === 'hardBreak' || (c.type === 'text' && c.text !== ''))

/**
 * The plan's outline exactly as the Word export writes it (export/docx/heading.ts, initiative.ts):
 * the same levels, the same entries in the table of contents. The PDF's contents, its bookmarks
 * and heading levels come from here, so the two files a council hands out agree.
 */
export function planOutline(doc: unknown): OutlineEntry[] {
  const root = asNode(doc)
  const out: OutlineEntry[] = []
  if (!root) return out
  let sectionLevel = 0
  walkBlocks(root, (node, path, place) => {
    if (!isOutlinePlace(place)) return
    if (node.type === 'heading') {
      if (!writesSomething(node)) return
      const wanted = Number(attrsOf(node).level) || 1
      const level = Math.min(wanted, sectionLevel + 1)
      sectionLevel = level
      const title = headingLine(node)
      out.push({ kind: 'heading', path: [...path], level, title, inContents: title.trim() !== '' })
    } else if (node.type === 'initiative') {
      const level = Math.min(6, sectionLevel + 1)
      const title = normaliseInitiativeAttrs(attrsOf(node)).title
      out.push({ kind: 'initiative', path: [...path], level, title, inContents: level <= CONTENTS_LEVELS })
    }
  })
  for (const e of out) if (e.level > CONTENTS_LEVELS) e.inContents = false
  return out
}
