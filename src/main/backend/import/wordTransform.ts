import { LIST_CONTINUE, MAPPED_PARAGRAPH_STYLES, QUIET_STYLES } from './styleMap'
import { isNumberedStyle, outlineLevel, resolvedLook, type StyleLook, type WordStyle } from './wordStyles'

/** The parts of mammoth's document model this transform reads and sets (mammoth/lib/documents.js). */
type Numbering = { level: string; isOrdered: boolean }
type Element = {
  type: string
  children?: Element[]
  styleId?: string | null
  styleName?: string | null
  numbering?: Numbering | null
  indent?: { start?: string | null }
  isBold?: boolean
  isItalic?: boolean
  isUnderline?: boolean
  isStrikethrough?: boolean
  verticalAlignment?: string
}

/** Word's built-in list styles by level: "List Bullet", "List Bullet 2" ... "List Number 5". */
const LIST_STYLE = /^List (Bullet|Number)(?: ([2-9]))?$/
const CONTINUE_STYLE = /^List Continue(?: ([2-9]))?$/
/** Our export indents a list item's follow-on paragraphs 360 twips per level (styles.ts listIndent). */
const TWIPS_PER_LEVEL = 360
/** Link and note-marker styles draw a link or a marker, not emphasis. */
const NOT_EMPHASIS = /hyperlink|internet link|footnote|endnote|annotation|comment/i

/**
 * What mammoth leaves out of a Word file, put into its document model before it writes HTML:
 * - character styles keep their look: Word's Emphasis, Intense Emphasis, Subtle Emphasis, Book
 *   Title, Intense Reference, a "Superscript" style... are bold, italic, underlined or raised by
 *   their definition in styles.xml, which mammoth does not read (it knows only Strong by name);
 * - a paragraph style's own bold or italic reaches its words (not the default style's, nor that of
 *   a style the map turns into a heading, quote or caption, whose look is that meaning);
 * - Word's style-based list levels (List Bullet 2, List Number 3) nest as Word draws them: each is
 *   level 0 of a numbering of its own, so mammoth flattens them into one list and renumbers;
 * - a list item's follow-on paragraph ("List Continue", "List Continue 2") is told its level, so
 *   the recogniser can put it back into its item;
 * - a paragraph style of one's own that Word lists as a heading (it has an outline level) is one.
 */
export function planTransform(styles: Map<string, WordStyle>) {
  const looks = new Map<string, StyleLook>()
  const lookOf = (id: string | null | undefined): StyleLook => {
    if (!id) return {}
    let look = looks.get(id)
    if (!look) {
      const style = styles.get(id)
      look = style && !NOT_EMPHASIS.test(style.name) ? resolvedLook(styles, id) : {}
      looks.set(id, look)
    }
    return look
  }

  const paragraphLook = (p: Element): StyleLook => {
    const style = p.styleId ? styles.get(p.styleId) : undefined
    if (!style || style.isDefault || MAPPED_PARAGRAPH_STYLES.has(style.name) || QUIET_STYLES.has(style.name))
      return {}
    return lookOf(style.id)
  }

  function paragraph(p: Element): void {
    const name = p.styleName ?? ''
    const list = LIST_STYLE.exec(name)
    if (list) {
      const level = list[2] ? Number(list[2]) - 1 : 0
      const numbering = p.numbering
      if (numbering && numbering.level === '0') p.numbering = { ...numbering, level: String(level) }
      else if (!numbering && p.styleId && isNumberedStyle(styles, p.styleId))
        p.numbering = { level: String(level), isOrdered: list[1] === 'Number' }
    }
    const more = CONTINUE_STYLE.exec(name)
    if (more && !p.numbering) {
      const byIndent = Math.round(Number(p.indent?.start ?? TWIPS_PER_LEVEL) / TWIPS_PER_LEVEL) - 1
      const level = more[1] ? Number(more[1]) - 1 : byIndent
      p.styleName = LIST_CONTINUE(Math.max(0, Math.min(8, Number.isFinite(level) ? level : 0)))
    }
    const style = p.styleId ? styles.get(p.styleId) : undefined
    const level = style && !MAPPED_PARAGRAPH_STYLES.has(style.name) ? outlineLevel(styles, style.id) : null
    if (level !== null && !p.numbering) p.styleName = `Heading ${level + 1}`
    const look = level === null ? paragraphLook(p) : {}
    for (const child of p.children ?? []) inline(child, look)
  }

  function inline(el: Element, inheritedLook: StyleLook): void {
    if (el.type === 'run') {
      apply(el, { ...inheritedLook, ...lookOf(el.styleId) })
      return
    }
    if (el.type === 'paragraph') return paragraph(el)
    for (const child of el.children ?? []) inline(child, inheritedLook)
  }

  function block(el: Element): void {
    if (el.type === 'paragraph') paragraph(el)
    else for (const child of el.children ?? []) block(child)
  }

  return <T>(document: T): T => {
    block(document as Element)
    return document
  }
}

function apply(run: Element, look: StyleLook): void {
  if (look.bold) run.isBold = true
  if (look.italic) run.isItalic = true
  if (look.underline) run.isUnderline = true
  if (look.strike) run.isStrikethrough = true
  const direct = run.verticalAlignment
  if (look.vertAlign && (!direct || direct === 'baseline')) run.verticalAlignment = look.vertAlign
}
