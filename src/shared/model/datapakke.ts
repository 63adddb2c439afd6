import { z } from 'zod'
import type { KeyFigureTable } from './keyFigures'

/**
 * What the datapakke readers hand the "Hent nøgletal" dialog: every table a file (or a folder or
 * zip of files) holds, each already a KeyFigureTable, with what the user needs to choose: a
 * preview of the file's own first rows, its size, what the reader decided on its own (notes) and
 * the cells that count fewer than five people (privacy in a village of 200). Nothing here is
 * half-read: a file that cannot be read whole is an AppError, never a table with holes.
 */

/** The encodings the user can be asked to choose between, by their WHATWG names. */
export const TEXT_ENCODINGS = ['utf-8', 'windows-1252', 'utf-16le', 'utf-16be', 'macintosh'] as const
export const TextEncoding = z.enum(TEXT_ENCODINGS)
export type TextEncoding = z.infer<typeof TextEncoding>

/** A cell of under five people: row and column index into the table's rows and columns. */
export type FlaggedCell = { row: number; column: number; value: number }

/** Something the reader decided that the user should know; `key` is an i18n key in datapakke:notes. */
export type ReadNote = { key: string; values?: Record<string, string | number> }

export type ReadTable = {
  /** Where it came from: "befolkning.csv", "data.xlsx › Ark2", "pakke.zip › folk1a.px". */
  name: string
  table: KeyFigureTable
  /** The file's own first rows as text, headings first, for the preview. */
  preview: string[][]
  size: { rows: number; columns: number }
  flagged: FlaggedCell[]
  notes: ReadNote[]
  /** Set for a PX file of more than two dimensions: the cube, for the user to pivot. */
  cube?: PxCube
}

/** A PC-Axis variable: its name ("tid", "område") and its values' texts. */
export type PxDimension = { name: string; values: string[]; time: boolean }

/** A PX table with all its dimensions (STUB then HEADING), data in PX order (last varies fastest). */
export type PxCube = {
  title: string
  source: string
  unit: string
  dimensions: PxDimension[]
  data: (number | null)[]
  /** The missing-value codes met, with their meaning (for the note under the table). */
  missing: { code: string; meaning: string }[]
}

/** How to lay a cube out as a table: which dimension runs down, which across, the rest fixed. */
export const PxPivot = z.object({
  rows: z.number().int().min(0).max(50),
  columns: z.number().int().min(0).max(50),
  /** One chosen value index per other dimension, by dimension index. */
  fixed: z.record(z.string().regex(/^\d{1,2}$/), z.number().int().min(0).max(100_000)),
})
export type PxPivot = z.infer<typeof PxPivot>

/** A survey question: closed ones become tables, open ones lists of answers to quote. */
export type SurveyQuestion =
  | {
      kind: 'closed'
      question: string
      multiple: boolean
      respondents: number
      table: KeyFigureTable
      flagged: FlaggedCell[]
    }
  | { kind: 'open'; question: string; respondents: number; answers: string[] }

export type SurveyRead = {
  name: string
  /** The tool the export looks like, when its columns say so. */
  tool: 'microsoft-forms' | 'google-forms' | 'surveyxact' | 'enalyzer' | 'unknown'
  respondents: number
  questions: SurveyQuestion[]
}

/** What reading a file gives: its tables and surveys, or the one question the reader cannot answer. */
export type DatapakkeRead =
  | {
      status: 'read'
      fileName: string
      tables: ReadTable[]
      surveys: SurveyRead[]
      skipped: { name: string; reason: string }[]
    }
  | {
      status: 'ask-encoding'
      fileName: string
      /** The candidates, each with the first lines as they would read, so the user sees which is right. */
      candidates: { encoding: TextEncoding; sample: string }[]
    }
