import readExcelFile from 'read-excel-file/node'
import { AppError } from '../../../shared/model/errors'
import type { GridCell } from '../../../shared/derive/gridToKeyFigures'
import { writeZip } from '../zip/writeZip'
import { openZip } from './openZip'

export type XlsxSheet = { name: string; grid: GridCell[][] }

/**
 * Every sheet of an .xlsx as a grid of cells. The zip is opened by our guarded reader first (a
 * bomb or a lying directory is refused there), and read-excel-file is handed a stored copy of the
 * parts we inflated, so it never inflates anything we did not check. read-excel-file gives a
 * formula cell the value the spreadsheet cached, never evaluates it and never returns the formula,
 * so nothing we read or export is a formula; text starting with = + - @ stays that text.
 */
export async function readXlsx(bytes: Uint8Array): Promise<XlsxSheet[]> {
  const parts = openZip(bytes)
  if (!parts.has('xl/workbook.xml')) {
    throw new AppError('invalid-file', 'a zip without xl/workbook.xml', { reason: 'not-a-spreadsheet' })
  }
  const stored = writeZip([...parts].map(([path, data]) => ({ path, data, store: true })))
  let sheets: Awaited<ReturnType<typeof readExcelFile>>
  try {
    sheets = await readExcelFile(Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength))
  } catch (err) {
    // read-excel-file throws plain Errors on XML it does not understand: a damaged workbook.
    if (err instanceof AppError) throw err
    throw new AppError('invalid-file', `xlsx: ${err instanceof Error ? err.message : String(err)}`, {
      reason: 'damaged',
    })
  }
  return sheets.map((s) => ({ name: s.sheet, grid: s.data.map((row) => row.map(toCell)) }))
}

function toCell(value: unknown): GridCell {
  if (value === null || value === undefined) return null
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value
  if (value instanceof Date) return value
  return String(value)
}
