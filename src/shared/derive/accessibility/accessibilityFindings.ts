import { HEADING_LEVELS } from '../../document/heading/headingAttrs'
import { asNode, attrsOf, childrenOf, type JsonNode } from '../docWalk'
import { isOutlinePlace, walkBlocks, type NodePath } from '../blockWalk'
import { headingLine } from '../planOutline'
import { altIsFileName } from './imageAlt'
import { isLongTextInCapitals } from './capitals'
import { linkTextProblem } from './linkText'

export type HeadingLevel = (typeof HEADING_LEVELS)[number]

/**
 * What the accessibility check looks for, the things Word's Accessibility Checker would name in the
 * exported file and that a council can put right in the plan itself. Low contrast is not among them:
 * a plan's text has no colours (the schema has no colour or highlight mark), and the colours the
 * Word and PDF files add (headings, table headers) are fixed and dark on white (tests/unit/export/
 * exported-text-meets-contrast-on-its-background.test.ts reads them back from the file).
 */
export const FINDING_KINDS = [
  'image-without-alt',
  'image-alt-is-file-name',
  'heading-empty',
  'heading-skips-level',
  'table-without-header-row',
  'link-text-is-address',
  'link-text-says-nothing',
  'long-text-in-capitals',
] as const
export type FindingKind = (typeof FINDING_KINDS)[number]

export const FIX_KINDS = [
  'describe-image',
  'set-heading-level',
  'heading-to-text',
  'add-header-row',
  'edit-link',
] as const

/** What "Ret" does, where the check knows a fix; the editor carries it out. */
export type FindingFix =
  | { kind: 'describe-image' }
  | { kind: 'set-heading-level'; level: HeadingLevel }
  | { kind: 'heading-to-text' }
  | { kind: 'add-header-row' }
  | { kind: 'edit-link' }

export type Finding = {
  kind: FindingKind
  /** Where to jump: the image, heading, table or paragraph; for a link, its first piece of text. */
  path: NodePath
  /** The node type found at `path`, so a finding the document has moved past is recognised. */
  nodeType: string
  /** The i18n key of the message (namespace a11y) and the values it names. */
  messageKey: `findings.${FindingKind}`
  values: Record<string, string | number>
  fix?: FindingFix
}

const EXCERPT = 60

/** The start of a text on one line, for the finding to say which passage it means. */
export function excerpt(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim()
  return line.length > EXCERPT ? `${line.slice(0, EXCERPT - 1).trimEnd()}…` : line
}

// The walk's path changes as it goes on (blockWalk.ts): a finding keeps a copy.
const finding = (
  kind: FindingKind,
  path: readonly number[],
  nodeType: string,
  values: Record<string, string | number> = {},
  fix?: FindingFix,
): Finding => ({
  kind,
  path: [...path],
  nodeType,
  messageKey: `findings.${kind}`,
  values,
  ...(fix ? { fix } : {}),
})

const hrefOf = (node: JsonNode): string | null => {
  if (!Array.isArray((node as { marks?: unknown }).marks)) return null
  for (const m of (node as { marks: unknown[] }).marks) {
    const mark = asNode(m)
    if (mark?.type === 'link') {
      const href = attrsOf(mark).href
      return typeof href === 'string' ? href : null
    }
  }
  return null
}

/**
 * One pass over a paragraph's or heading's inline content: its text (for the capitals check) and
 * its links, each one link however many pieces of text it spans (a link with one bold word), as the
 * Word export joins them. A 300-page plan has thousands of paragraphs: nothing is walked twice.
 */
function inlineFindings(node: JsonNode, path: readonly number[], out: Finding[]): void {
  const kids = Array.isArray(node.content) ? (node.content as unknown[]) : []
  let text = ''
  let link: { href: string; text: string; at: number } | null = null
  const flush = () => {
    const problem = link && linkTextProblem(link.text, link.href)
    if (link && problem)
      out.push(
        finding(
          problem === 'address' ? 'link-text-is-address' : 'link-text-says-nothing',
          [...path, link.at],
          'text',
          { text: excerpt(link.text) },
          { kind: 'edit-link' },
        ),
      )
    link = null
  }
  for (let i = 0; i < kids.length; i++) {
    const child = asNode(kids[i])
    if (!child) continue
    if (child.type === 'hardBreak') text += '\n'
    if (child.type !== 'text' || typeof child.text !== 'string') {
      flush()
      continue
    }
    text += child.text
    const href = hrefOf(child)
    if (!href) {
      flush()
      continue
    }
    if (link && link.href !== href) flush()
    link ??= { href, text: '', at: i }
    link.text += child.text
  }
  flush()
  if (isLongTextInCapitals(text))
    out.push(finding('long-text-in-capitals', path, node.type as string, { text: excerpt(text) }))
}

const trimmed = (v: unknown) => (typeof v === 'string' ? v.trim() : '')

/** A picture needs words a screen reader can say: its description, or else its caption, which the
 * Word export then gives it as its description (export/docx/image.ts). */
function imageFinding(node: JsonNode, path: readonly number[]): Finding | null {
  const attrs = attrsOf(node)
  const text = trimmed(attrs.alt)
  if (text === '') {
    if (trimmed(attrs.caption) !== '') return null
    return finding('image-without-alt', path, 'image', {}, { kind: 'describe-image' })
  }
  if (altIsFileName(text))
    return finding(
      'image-alt-is-file-name',
      path,
      'image',
      { text: excerpt(text) },
      { kind: 'describe-image' },
    )
  return null
}

function headerRowMissing(table: JsonNode): boolean {
  const first = childrenOf(table).find((r) => r.type === 'tableRow')
  const cells = first ? childrenOf(first) : []
  return cells.length === 0 || !cells.every((c) => c.type === 'tableHeader')
}

/**
 * Everything in the plan that makes it harder to read with a screen reader, in document order.
 * Pure and over the document's JSON, so the editor's panel, the summary before saving and any
 * export see the same findings. Nothing here trusts the shape it is given.
 */
export function accessibilityFindings(doc: unknown): Finding[] {
  const root = asNode(doc)
  const out: Finding[] = []
  if (!root) return out
  let lastLevel = 0
  walkBlocks(root, (node, path, place) => {
    switch (node.type) {
      case 'image': {
        const f = imageFinding(node, path)
        if (f) out.push(f)
        return
      }
      case 'table':
        if (headerRowMissing(node))
          out.push(finding('table-without-header-row', path, 'table', {}, { kind: 'add-header-row' }))
        return
      case 'heading':
        if (isOutlinePlace(place)) {
          const text = headingLine(node)
          const level = Number(attrsOf(node).level) || 1
          if (text.trim() === '') {
            out.push(finding('heading-empty', path, 'heading', { level }, { kind: 'heading-to-text' }))
          } else {
            if (level > lastLevel + 1) {
              const expected = (lastLevel + 1) as HeadingLevel
              out.push(
                finding(
                  'heading-skips-level',
                  path,
                  'heading',
                  { text: excerpt(text), level, expected },
                  { kind: 'set-heading-level', level: expected },
                ),
              )
            }
            lastLevel = level
          }
        }
        break
      case 'paragraph':
        break
      default:
        return
    }
    // A paragraph or a heading: its links and its letters.
    inlineFindings(node, path, out)
  })
  return out
}
