import type { JSONContent } from '@tiptap/react'
import type { KeyFigureTable } from '../../../../shared/model/keyFigures'

/**
 * Until the Nøgletal block is merged in, chosen tables go into the plan as what it has: a heading
 * line, an ordinary table (headings first, the label column first, numbers in the UI language's
 * format, a missing value as "..") and the source line. The dialog hands over KeyFigureTables, so
 * at merge the editor's insert command takes them instead of this.
 */
export function keyFiguresAsDocumentTable(table: KeyFigureTable, lang: string): JSONContent[] {
  const number = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'da-DK', { maximumFractionDigits: 2 })
  const cell = (type: 'tableHeader' | 'tableCell', text: string): JSONContent => ({
    type,
    content: [{ type: 'paragraph', content: text ? [{ type: 'text', text }] : [] }],
  })
  const unit = table.unit ? ` (${table.unit})` : ''
  const rows: JSONContent[] = [
    { type: 'tableRow', content: [table.labelHeading, ...table.columns].map((h) => cell('tableHeader', h)) },
    ...table.rows.map((r) => ({
      type: 'tableRow',
      content: [
        cell('tableCell', r.label),
        ...r.values.map((v) => cell('tableCell', v === null ? '..' : number.format(v))),
      ],
    })),
  ]
  const line = (text: string): JSONContent => ({
    type: 'paragraph',
    content: text ? [{ type: 'text', text }] : [],
  })
  return [
    line(table.title + unit),
    { type: 'table', content: rows },
    ...(table.source ? [line(table.source)] : []),
  ]
}

/** Free-text answers chosen as quotes: one quote block each. */
export function quotesAsDocumentContent(answers: string[]): JSONContent[] {
  return answers.map((a) => ({
    type: 'blockquote',
    content: a
      .split(/\r?\n/)
      .filter((l) => l.trim() !== '')
      .map((l) => ({ type: 'paragraph', content: [{ type: 'text', text: l }] })),
  }))
}
