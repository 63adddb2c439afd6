import { TableCell, TableHeader } from '@tiptap/extension-table'
import { MAX_SPAN } from './tableAttrs'

type El = { getAttribute(name: string): string | null }
type Parse = (el: El) => unknown

/** A span read from pasted HTML ("3", "1e8", "abc"), made one the document accepts: 1..63. */
export function spanFromHtml(raw: string | null): number {
  const n = Number.parseInt(raw ?? '', 10)
  return Number.isFinite(n) ? Math.min(MAX_SPAN, Math.max(1, n)) : 1
}

/** Column widths read from pasted HTML, kept only where they are whole pixel counts. */
function cleanWidths(parsed: unknown): (number | null)[] | null {
  if (!Array.isArray(parsed)) return null
  const widths = parsed
    .slice(0, MAX_SPAN)
    .map((w) => (Number.isInteger(w) && w >= 0 && w <= 10_000 ? (w as number) : null))
  return widths.some((w) => w !== null) ? widths : null
}

/** The cells' attributes as a paste brings them in, held to what checkDocument accepts, so a
 * table pasted from Word or a web page is never one the plan then refuses to save. */
function spanAttributes(inherited: object | undefined) {
  const parent = inherited as Record<string, { parseHTML?: Parse | null }> | undefined
  const parseWidths = parent?.colwidth?.parseHTML
  return {
    ...parent,
    colspan: { default: 1, parseHTML: (el: El) => spanFromHtml(el.getAttribute('colspan')) },
    rowspan: { default: 1, parseHTML: (el: El) => spanFromHtml(el.getAttribute('rowspan')) },
    colwidth: { ...parent?.colwidth, default: null, parseHTML: (el: El) => cleanWidths(parseWidths?.(el)) },
  }
}

export const PlanTableCell = TableCell.extend({
  addAttributes() {
    return spanAttributes(this.parent?.())
  },
})

export const PlanTableHeader = TableHeader.extend({
  addAttributes() {
    return spanAttributes(this.parent?.())
  },
})
