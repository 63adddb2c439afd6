import { readdir, readFile, stat } from 'node:fs/promises'
import { basename, extname, join } from 'node:path'
import { AppError } from '../../../shared/model/errors'
import type { DatapakkeRead, ReadTable, SurveyRead, TextEncoding } from '../../../shared/model/datapakke'
import { gridToKeyFigures, smallCounts, type GridCell } from '../../../shared/derive/gridToKeyFigures'
import { defaultPivot, needsPivotChoice, pivotPx } from '../../../shared/derive/pivotPx'
import { detectSeparator, parseDelimited, squareGrid } from '../../../shared/format/delimitedText'
import { DOCX_LIMITS } from '../import/limits'
import { errnoCode } from '../store/fsFacade'
import { toIoError } from '../store/ioError'
import { decodeAs, decodeText } from './decodeText'
import { openZip } from './openZip'
import { readPx } from './readPx'
import { readSurvey, surveyTool } from './readSurvey'
import { readXlsx } from './readXlsx'

/** The kinds of file a datapakke holds, by extension. */
export const DATA_EXTENSIONS = ['csv', 'txt', 'tsv', 'xlsx', 'px', 'zip'] as const

const PREVIEW_ROWS = 6
const MAX_FILES = 100

type Read = { tables: ReadTable[]; surveys: SurveyRead[]; skipped: { name: string; reason: string }[] }

/**
 * Reads one file the user chose or dropped (a CSV, an .xlsx, a .px, or a datapakke .zip of them)
 * whole, or refuses it with a reason: nothing comes back half-read. A text file whose encoding
 * cannot be told comes back as a question (`ask-encoding`); `encoding` is the user's answer.
 */
export async function readDataFile(
  fileName: string,
  bytes: Uint8Array,
  encoding?: TextEncoding,
): Promise<DatapakkeRead> {
  if (bytes.length === 0)
    throw new AppError('invalid-file', 'the file is empty', { reason: 'empty-data-file' })
  if (bytes.length > DOCX_LIMITS.maxFileBytes)
    throw new AppError('too-large', `${bytes.length} bytes`, {
      maxBytes: DOCX_LIMITS.maxFileBytes,
      reason: 'size',
    })
  const ext = extname(fileName).slice(1).toLowerCase()
  if (ext === 'zip') return { status: 'read', fileName, ...(await readZipPackage(fileName, bytes)) }
  if (ext === 'xlsx') return { status: 'read', fileName, ...(await readSpreadsheet(fileName, bytes)) }
  if (ext === 'px')
    return { status: 'read', fileName, tables: [pxTable(fileName, bytes)], surveys: [], skipped: [] }
  if (ext === 'csv' || ext === 'txt' || ext === 'tsv') {
    const decoded = decodeText(bytes, encoding)
    if (decoded.status === 'ask') {
      return {
        status: 'ask-encoding',
        fileName,
        candidates: decoded.candidates.map((e) => ({ encoding: e, sample: sampleLines(decodeAs(bytes, e)) })),
      }
    }
    return { status: 'read', fileName, ...csvRead(fileName, decoded.text) }
  }
  throw new AppError('invalid-file', `.${ext} is not a data file`, { reason: 'not-a-data-file' })
}

/** A datapakke folder: every data file in it (not in subfolders), read as one package. The folder
 * is the user's choice: a folder gone or not readable is said as such, never as an internal fault. */
export async function readDatapakkeFolder(folder: string): Promise<DatapakkeRead> {
  try {
    return await readFolder(folder)
  } catch (err) {
    if (err instanceof AppError) throw err
    if (errnoCode(err) === 'ENOENT')
      throw new AppError('not-found', `no folder ${folder}`, { reason: 'file-missing' })
    throw toIoError(err, `reading ${basename(folder)}`)
  }
}

async function readFolder(folder: string): Promise<DatapakkeRead> {
  const names = (await readdir(folder))
    .filter((n) => isDataName(n) && !n.toLowerCase().endsWith('.zip'))
    .sort()
  if (names.length === 0)
    throw new AppError('invalid-file', 'no data files in the folder', { reason: 'no-data-files' })
  if (names.length > MAX_FILES)
    throw new AppError('too-large', `${names.length} files`, { reason: 'entries' })
  const files: [string, Uint8Array][] = []
  let total = 0
  for (const name of names) {
    const path = join(folder, name)
    const info = await stat(path)
    if (!info.isFile()) continue
    total += info.size
    if (info.size > DOCX_LIMITS.maxFileBytes || total > DOCX_LIMITS.maxTotalBytes)
      throw new AppError('too-large', `${name}: ${info.size} bytes`, { reason: 'size' })
    files.push([name, new Uint8Array(await readFile(path))])
  }
  return { status: 'read', fileName: basename(folder), ...(await readMany(files, basename(folder))) }
}

const isDataName = (name: string) =>
  !name.startsWith('.') &&
  !name.startsWith('__MACOSX') &&
  (DATA_EXTENSIONS as readonly string[]).includes(extname(name).slice(1).toLowerCase())

async function readZipPackage(fileName: string, bytes: Uint8Array): Promise<Read> {
  const parts = openZip(bytes)
  const files = [...parts].filter(
    ([name]) => isDataName(basename(name)) && !name.toLowerCase().endsWith('.zip'),
  )
  if (files.length === 0)
    throw new AppError('invalid-file', 'no data files in the zip', { reason: 'no-data-files' })
  if (files.length > MAX_FILES)
    throw new AppError('too-large', `${files.length} files`, { reason: 'entries' })
  return readMany(
    files.sort(([a], [b]) => a.localeCompare(b)),
    fileName,
  )
}

/**
 * Several files as one package. A file that cannot be read is listed as skipped with its reason
 * (the others are still offered); an encoding that cannot be told is taken as Windows-1252 in a
 * package and said in the table's notes, as a package cannot ask once per file.
 */
async function readMany(files: [string, Uint8Array][], packageName: string): Promise<Read> {
  const out: Read = { tables: [], surveys: [], skipped: [] }
  for (const [path, data] of files) {
    const name = `${packageName} › ${path}`
    try {
      let read: DatapakkeRead = await readDataFile(basename(path), data)
      let guessed = false
      if (read.status === 'ask-encoding') {
        read = await readDataFile(basename(path), data, 'windows-1252')
        guessed = true
      }
      if (read.status !== 'read') continue
      for (const t of read.tables) {
        out.tables.push({
          ...t,
          name: `${packageName} › ${t.name}`,
          notes: guessed ? [{ key: 'encoding-guessed' }, ...t.notes] : t.notes,
        })
      }
      out.surveys.push(...read.surveys.map((s) => ({ ...s, name: `${packageName} › ${s.name}` })))
      out.skipped.push(...read.skipped)
    } catch (err) {
      if (!(err instanceof AppError)) throw err
      const reason = (err.details as { reason?: unknown } | undefined)?.reason
      out.skipped.push({ name, reason: typeof reason === 'string' ? reason : err.code })
    }
  }
  if (out.tables.length === 0 && out.surveys.length === 0) {
    throw new AppError('invalid-file', 'no file in the package could be read', {
      reason: out.skipped[0]?.reason ?? 'no-data-files',
    })
  }
  return out
}

function csvRead(fileName: string, text: string): Read {
  if (text.trim() === '')
    throw new AppError('invalid-file', 'the file is empty', { reason: 'empty-data-file' })
  const sep = detectSeparator(text)
  const grid = squareGrid(parseDelimited(text, sep))
  // A ';' or tab file is Danish Excel's; a ',' file cannot hold decimal commas unquoted.
  return gridRead(fileName, grid, sep === ',' ? 'en' : 'da')
}

async function readSpreadsheet(fileName: string, bytes: Uint8Array): Promise<Read> {
  const sheets = await readXlsx(bytes)
  const out: Read = { tables: [], surveys: [], skipped: [] }
  for (const sheet of sheets) {
    const name = sheets.length > 1 ? `${fileName} › ${sheet.name}` : fileName
    try {
      const read = gridRead(name, sheet.grid, 'da')
      out.tables.push(...read.tables)
      out.surveys.push(...read.surveys)
    } catch (err) {
      if (!(err instanceof AppError)) throw err
      const reason = (err.details as { reason?: unknown } | undefined)?.reason
      out.skipped.push({ name, reason: typeof reason === 'string' ? reason : err.code })
    }
  }
  if (out.tables.length === 0 && out.surveys.length === 0) {
    throw new AppError('invalid-file', 'no sheet holds a table', {
      reason: out.skipped[0]?.reason ?? 'no-table',
    })
  }
  return out
}

/** A grid is a survey when a survey tool's columns say so, else a table of key figures; a grid of
 * text only (no column of numbers) with many rows is taken as a survey of an unknown tool. */
function gridRead(name: string, grid: GridCell[][], fallback: 'da' | 'en'): Read {
  const headings = (grid[0] ?? []).map((c) => (c === null ? '' : String(c)))
  if (surveyTool(headings) !== 'unknown')
    return { tables: [], surveys: [readSurvey(grid, name)], skipped: [] }
  try {
    const { table, flagged, notes } = gridToKeyFigures(grid, titleOf(name), fallback)
    return {
      tables: [{ name, table, preview: previewOf(grid), size: sizeOf(grid), flagged, notes }],
      surveys: [],
      skipped: [],
    }
  } catch (err) {
    const reason =
      err instanceof AppError ? (err.details as { reason?: unknown } | undefined)?.reason : undefined
    if (reason === 'no-numbers' && grid.length > 5)
      return { tables: [], surveys: [readSurvey(grid, name)], skipped: [] }
    throw err
  }
}

function pxTable(fileName: string, bytes: Uint8Array): ReadTable {
  const cube = readPx(bytes, titleOf(fileName))
  const table = pivotPx(cube, defaultPivot(cube))
  const notes = cube.missing.map((m) => ({ key: 'px-missing', values: { code: m.code, meaning: m.meaning } }))
  return {
    name: fileName,
    table,
    preview: [
      [table.labelHeading, ...table.columns],
      ...table.rows
        .slice(0, PREVIEW_ROWS)
        .map((r) => [r.label, ...r.values.map((v) => (v === null ? '..' : String(v)))]),
    ],
    size: { rows: table.rows.length, columns: table.columns.length + 1 },
    flagged: smallCounts(table),
    notes: needsPivotChoice(cube)
      ? [{ key: 'px-pivot', values: { dimensions: cube.dimensions.length } }, ...notes]
      : notes,
    cube,
  }
}

const titleOf = (name: string) => basename(name.split(' › ').pop() ?? name).replace(/\.[a-z0-9]+$/i, '')

const cellText = (c: GridCell) =>
  c === null ? '' : c instanceof Date ? c.toISOString().slice(0, 10) : String(c)

function previewOf(grid: GridCell[][]): string[][] {
  return grid.slice(0, PREVIEW_ROWS + 1).map((r) => r.slice(0, 20).map((c) => cellText(c).slice(0, 80)))
}

const sizeOf = (grid: GridCell[][]) => ({
  rows: Math.max(0, grid.length - 1),
  columns: Math.max(0, ...grid.map((r) => r.length)),
})

const sampleLines = (text: string) => text.split(/\r?\n/).slice(0, 3).join('\n').slice(0, 300)
