import { HEADING_LEVELS } from '../../document/heading/headingAttrs'
import { asNode, attrsOf, childrenOf, type JsonNode } from '../docWalk'
import { isOutlinePlace, walkBlocks, type BlockPlace, type NodePath } from '../blockWalk'
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

/** A heading of the plan (outline place, not empty) whose level the whole-document rule judges. */
type HeadingMark = { mark: 'heading'; path: number[]; level: number; text: string }

/** What one walk finds, in document order: findings, and the headings the level rule looks at. */
export type FindingEntry = Finding | HeadingMark

const isMark = (e: FindingEntry): e is HeadingMark => 'mark' in e

/** The block rules at one node; headings of the plan become marks for the level rule. */
function visitFindings(
  node: JsonNode,
  path: readonly number[],
  place: BlockPlace,
  out: FindingEntry[],
): void {
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
        if (text.trim() === '')
          out.push(finding('heading-empty', path, 'heading', { level }, { kind: 'heading-to-text' }))
        else out.push({ mark: 'heading', path: [...path], level, text })
      }
      break
    case 'paragraph':
      break
    default:
      return
  }
  // A paragraph or a heading: its links and its letters.
  inlineFindings(node, path, out as Finding[])
}

/**
 * The one rule over the whole document, a heading that skips a level (h1 then h3), judged from the
 * heading marks in order; every other entry is a finding already. `at` gives each entry's path
 * (the incremental check re-bases a block's paths on where the block is now).
 */
function resolveEntries(
  entries: Iterable<FindingEntry>,
  at: (e: FindingEntry) => number[],
  into: Finding[],
  state: { lastLevel: number },
): void {
  for (const e of entries) {
    const path = at(e)
    if (!isMark(e)) {
      into.push(path === e.path ? e : { ...e, path })
      continue
    }
    if (e.level > state.lastLevel + 1) {
      const expected = (state.lastLevel + 1) as HeadingLevel
      into.push(
        finding(
          'heading-skips-level',
          path,
          'heading',
          { text: excerpt(e.text), level: e.level, expected },
          { kind: 'set-heading-level', level: expected },
        ),
      )
    }
    state.lastLevel = e.level
  }
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
  const entries: FindingEntry[] = []
  walkBlocks(root, (node, path, place) => visitFindings(node, path, place, entries))
  resolveEntries(entries, (e) => e.path, out, { lastLevel: 0 })
  return out
}

/** One top-level block's entries, with paths as if the block were the document's first (index 0). */
export function blockFindingEntries(block: unknown): FindingEntry[] {
  const node = asNode(block)
  const out: FindingEntry[] = []
  if (node)
    walkBlocks({ type: 'doc', content: [node] }, (n, path, place) => visitFindings(n, path, place, out))
  return out
}

/** Per top-level block's JSON object, its entries. The blocks' JSON is shared between versions of the
 * document and never changed (renderer docJson.ts keeps one object per ProseMirror node, and nodes are
 * immutable), so an object seen before has the same findings: the cache is exact, not a guess. */
export type FindingsCache = WeakMap<object, readonly FindingEntry[]>

export const createFindingsCache = (): FindingsCache => new WeakMap()

/**
 * The same findings as accessibilityFindings(doc), walking only the top-level blocks the cache has
 * not seen: after a pause in typing, the paragraph typed in. The level rule runs over the cached
 * heading marks (a few hundred in a long plan), so a heading changed far above is judged anew.
 */
export function accessibilityFindingsIncremental(doc: unknown, cache: FindingsCache): Finding[] {
  const root = asNode(doc)
  const out: Finding[] = []
  if (!root || !Array.isArray(root.content)) return out
  const state = { lastLevel: 0 }
  // The index counts only what the walk takes for a node (childrenOf), as the paths do.
  let index = -1
  for (const item of root.content as unknown[]) {
    const block = asNode(item)
    if (!block) continue
    index++
    let entries = cache.get(block)
    if (!entries) {
      entries = blockFindingEntries(block)
      cache.set(block, entries)
    }
    if (entries.length === 0) continue
    const at = index
    resolveEntries(entries, (e) => (at === 0 ? e.path : [at, ...e.path.slice(1)]), out, state)
  }
  return out
}
