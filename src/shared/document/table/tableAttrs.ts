import { z } from 'zod'

/** A cell spans at most 63 columns or rows: Word's own limit is 63 columns, and a span of 1e8 from
 * a forged file would make the export and the editor draw a hundred million cells. */
export const MAX_SPAN = 63
const Span = z.number().int().min(1).max(MAX_SPAN)

/** A table cell or header cell. colwidth: a width in pixels per spanned column, or unset. */
export const TableCellAttrsSchema = z.strictObject({
  colspan: Span,
  rowspan: Span,
  // A width may be missing in a pasted table (Word's colgroup): prosemirror-tables then measures.
  colwidth: z.array(z.number().int().min(0).max(10_000).nullable()).max(MAX_SPAN).nullable(),
  align: z.enum(['left', 'center', 'right']).nullable(),
})
