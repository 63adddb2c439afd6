import { styles } from './styles'

/** What the page estimate needs of a paragraph style: sizes in points, spacing and indents in twips. */
export type StyleMetrics = {
  sizePt: number
  bold: boolean
  before: number
  after: number
  /** Line spacing as a multiple of the font's single line (Word's "auto" rule: line / 240). */
  lineFactor: number
  left: number
  right: number
  keepNext: boolean
  keepLines: boolean
}

type Props = {
  run?: { size?: number; bold?: boolean }
  paragraph?: {
    spacing?: { before?: number; after?: number; line?: number }
    indent?: { left?: number; right?: number }
    keepNext?: boolean
    keepLines?: boolean
  }
}

const defaults = styles.default as Record<string, Props | undefined>
const named = new Map((styles.paragraphStyles ?? []).map((s) => [s.id, s as Props & { basedOn?: string }]))
/** Word's built-in styles the export names by id, where styles.ts keeps them (styles.default). */
const BUILT_IN: Record<string, string> = {
  Title: 'title',
  Heading1: 'heading1',
  Heading2: 'heading2',
  Heading3: 'heading3',
  Heading4: 'heading4',
  Heading5: 'heading5',
  ListParagraph: 'listParagraph',
  Caption: 'caption',
}
/** The contents' entry styles are docx's own (after 5 pt, indented by level). */
const TOC: Record<string, Props> = {
  TOC1: { paragraph: { spacing: { after: 100 } } },
  TOC2: { paragraph: { spacing: { after: 100 }, indent: { left: 220 } } },
  TOC3: { paragraph: { spacing: { after: 100 }, indent: { left: 440 } } },
}

function chain(id: string | undefined): Props[] {
  const out: Props[] = []
  for (let at = id, depth = 0; at && depth < 10; depth++) {
    const own = named.get(at)
    const props = own ?? TOC[at] ?? (BUILT_IN[at] ? defaults[BUILT_IN[at]] : undefined)
    if (props) out.unshift(props)
    at = own?.basedOn
  }
  return out
}

const cache = new Map<string, StyleMetrics>()

/** A style's metrics as Word resolves them: document defaults, then each style it is based on. */
export function styleMetrics(id: string | undefined): StyleMetrics {
  const key = id ?? ''
  const known = cache.get(key)
  if (known) return known
  const m: StyleMetrics = {
    sizePt: 11,
    bold: false,
    before: 0,
    after: 0,
    lineFactor: 1,
    left: 0,
    right: 0,
    keepNext: false,
    keepLines: false,
  }
  for (const p of [defaults.document ?? {}, ...chain(id)]) {
    if (p.run?.size !== undefined) m.sizePt = p.run.size / 2
    if (p.run?.bold !== undefined) m.bold = p.run.bold
    const s = p.paragraph?.spacing
    if (s?.before !== undefined) m.before = s.before
    if (s?.after !== undefined) m.after = s.after
    if (s?.line !== undefined) m.lineFactor = s.line / 240
    const ind = p.paragraph?.indent
    if (ind?.left !== undefined) m.left = ind.left
    if (ind?.right !== undefined) m.right = ind.right
    if (p.paragraph?.keepNext !== undefined) m.keepNext = p.paragraph.keepNext
    if (p.paragraph?.keepLines !== undefined) m.keepLines = p.paragraph.keepLines
  }
  cache.set(key, m)
  return m
}
