import { scanXml } from '../xml/scanXml'

/** The run formatting a plan can hold, as a style sets it (true on, false explicitly off). */
export type StyleLook = {
  bold?: boolean
  italic?: boolean
  underline?: boolean
  strike?: boolean
  vertAlign?: 'superscript' | 'subscript' | null
}

export type WordStyle = {
  id: string
  name: string
  type: string
  basedOn: string | null
  look: StyleLook
  /** Outline level 0-8 (a heading in Word's navigation pane), 9 for body text, null when not set. */
  outline: number | null
  /** The style numbers its paragraphs itself (w:numPr in its w:pPr), as List Bullet does. */
  numbered: boolean
  /** Word's default paragraph style ("Normal"): its look is the document's, not emphasis. */
  isDefault: boolean
}

const OFF = new Set(['0', 'false', 'off', 'none'])
const on = (attrs: Record<string, string>) => !OFF.has((attrs['w:val'] ?? '').toLowerCase())

/**
 * The styles of word/styles.xml with the run formatting each one sets itself (bold, italic,
 * underline, strike, super/subscript) and whether it is a heading by outline level. Mammoth only
 * knows a style by its name; what a style looks like (Word's Emphasis is italic, Book Title bold
 * italic) is read here, so a character style keeps its meaning whatever it is called.
 */
export function readWordStyles(xml: string | null): Map<string, WordStyle> {
  const styles = new Map<string, WordStyle>()
  if (!xml) return styles
  let current: WordStyle | null = null
  // Only the style's own w:rPr and w:pPr count, not those of its table-part overrides.
  let inRun = false
  let inPara = false
  scanXml(
    xml,
    {
      open(name, attrs, selfClosing, parent) {
        if (name === 'w:style' && !selfClosing) {
          current = {
            id: attrs['w:styleId'] ?? '',
            name: '',
            type: attrs['w:type'] ?? 'paragraph',
            basedOn: null,
            look: {},
            outline: null,
            numbered: false,
            isDefault: on({ 'w:val': attrs['w:default'] ?? '0' }),
          }
          return
        }
        if (!current) return
        if (parent === 'w:style') {
          if (name === 'w:name') current.name = attrs['w:val'] ?? ''
          else if (name === 'w:basedOn') current.basedOn = attrs['w:val'] ?? null
          else if (name === 'w:rPr') inRun = !selfClosing
          else if (name === 'w:pPr') inPara = !selfClosing
          return
        }
        if (inPara && parent === 'w:pPr') {
          const level = Number(attrs['w:val'])
          if (name === 'w:outlineLvl' && Number.isInteger(level)) current.outline = level
          else if (name === 'w:numPr') current.numbered = true
        }
        if (!inRun || parent !== 'w:rPr') return
        const look = current.look
        if (name === 'w:b') look.bold = on(attrs)
        else if (name === 'w:i') look.italic = on(attrs)
        else if (name === 'w:u') look.underline = on(attrs)
        else if (name === 'w:strike') look.strike = on(attrs)
        else if (name === 'w:vertAlign') {
          const v = attrs['w:val']
          look.vertAlign = v === 'superscript' || v === 'subscript' ? v : null
        }
      },
      close(name) {
        if (name === 'w:style' && current) {
          if (current.id) styles.set(current.id, current)
          current = null
        } else if (name === 'w:rPr') inRun = false
        else if (name === 'w:pPr') inPara = false
      },
    },
    { part: 'word/styles.xml' },
  )
  return styles
}

/** A style's look with what it inherits (w:basedOn), nearest setting winning; cycles end. */
export function resolvedLook(styles: Map<string, WordStyle>, id: string): StyleLook {
  const chain: WordStyle[] = []
  const seen = new Set<string>()
  for (let s = styles.get(id); s && !seen.has(s.id) && chain.length < 20; s = styles.get(s.basedOn ?? '')) {
    seen.add(s.id)
    chain.push(s)
  }
  const look: StyleLook = {}
  for (const s of chain.reverse()) Object.assign(look, s.look)
  return look
}

/** The nearest setting along a style's w:basedOn chain (cycles and runaway chains end). */
function inherited<T>(
  styles: Map<string, WordStyle>,
  id: string,
  pick: (s: WordStyle) => T | null,
): T | null {
  const seen = new Set<string>()
  for (let s = styles.get(id); s && !seen.has(s.id) && seen.size < 20; s = styles.get(s.basedOn ?? '')) {
    const v = pick(s)
    if (v !== null) return v
    seen.add(s.id)
  }
  return null
}

/** The heading level (0-8) of a paragraph style Word lists as a heading in its navigation pane
 * (outline level 1-9 in its UI, 0-8 in the file); null for body text. */
export function outlineLevel(styles: Map<string, WordStyle>, id: string): number | null {
  const level = inherited(styles, id, (s) => s.outline)
  return level !== null && level >= 0 && level < 9 ? level : null
}

/** A paragraph style that numbers its paragraphs, itself or through the style it is based on. */
export const isNumberedStyle = (styles: Map<string, WordStyle>, id: string): boolean =>
  inherited(styles, id, (s) => (s.numbered ? true : null)) ?? false
