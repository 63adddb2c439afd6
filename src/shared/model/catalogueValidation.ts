import type { z } from 'zod'
import { AppError } from './errors'
import { Catalogue } from './catalogue'
import { formatPath, isPlainObject, valueAt, parseDataFileText, refuseDataFile } from './dataFile'

/** Imported catalogue files bigger than this are refused unread: a real one is a few kilobytes. */
export const MAX_CATALOGUE_BYTES = 1024 * 1024

/** What can be wrong with a catalogue; the renderer words each one (i18n `focus:problems.<code>`). */
export const CATALOGUE_PROBLEMS = [
  'not-json',
  'too-large',
  'not-a-catalogue',
  'missing-field',
  'missing-title',
  'wrong-type',
  'too-long',
  'too-many',
  'bad-id',
  'duplicate-id',
  'bad-colour',
  'bad-number',
  'no-focus-areas',
  // On import, against a catalogue already in the library with the same id:
  'older-version',
  'version-conflict',
] as const
export type CatalogueProblemCode = (typeof CATALOGUE_PROBLEMS)[number]

/** One thing wrong, and where: `path` reads like `focusAreas[3].title` ('' for the file itself). */
export type CatalogueProblem = { path: string; problem: CatalogueProblemCode }

export type CatalogueCheck = { ok: true; catalogue: Catalogue } | { ok: false; problems: CatalogueProblem[] }

/** Enough to fix a file by hand; a file with hundreds of faults is not a catalogue anyway. */
const MAX_PROBLEMS = 20

function problemFor(issue: z.core.$ZodIssue, input: unknown): CatalogueProblemCode {
  const field = issue.path[issue.path.length - 1]
  const value = valueAt(input, issue.path)
  const empty = value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
  if (field === 'title' && empty) return 'missing-title'
  if (empty && issue.code !== 'too_big') return 'missing-field'
  if (field === 'colour') return 'bad-colour'
  if (field === 'id' && typeof value === 'string') return 'bad-id'
  if (field === 'number' && typeof value === 'number') return 'bad-number'
  if (issue.code === 'invalid_type') return 'wrong-type'
  if (issue.code === 'too_big') return Array.isArray(value) ? 'too-many' : 'too-long'
  return 'wrong-type'
}

/**
 * Checks a value claimed to be a catalogue: its shape, then what zod cannot see (two focus areas
 * with one id would make links ambiguous). Every problem is reported, not just the first, so a
 * consultant fixing a file by hand does it in one go.
 */
export function checkCatalogue(input: unknown): CatalogueCheck {
  // A plan file, a template or a list is "not a catalogue", not forty missing fields.
  if (!isPlainObject(input) || !Array.isArray(input.focusAreas)) {
    return { ok: false, problems: [{ path: '', problem: 'not-a-catalogue' }] }
  }
  const parsed = Catalogue.safeParse(input)
  const problems: CatalogueProblem[] = parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({
        path: formatPath(issue.path),
        problem: problemFor(issue, input),
      }))

  const seen = new Set<string>()
  input.focusAreas.forEach((area, i) => {
    const id = isPlainObject(area) && typeof area.id === 'string' ? area.id.trim() : null
    if (id === null || id === '') return
    if (seen.has(id)) problems.push({ path: `focusAreas[${i}].id`, problem: 'duplicate-id' })
    seen.add(id)
  })

  if (problems.length > 0 || !parsed.success) return { ok: false, problems: problems.slice(0, MAX_PROBLEMS) }
  return { ok: true, catalogue: parsed.data }
}

export const invalidCatalogue = (problems: CatalogueProblem[]): AppError =>
  refuseDataFile('invalid-catalogue', 'catalogue', problems)

/**
 * Reads the text of a catalogue file as a user hands it in: size first, then JSON (a BOM from
 * Notepad is forgiven), then the catalogue check. Throws AppError('invalid-catalogue') with the
 * problems as details; returns a catalogue only when all of it is good, so nothing is half-imported.
 */
export function parseCatalogueFile(text: string): Catalogue {
  const catalogue = parseDataFileText(
    text,
    MAX_CATALOGUE_BYTES,
    (json) => {
      const check = checkCatalogue(json)
      return check.ok ? { ok: true, value: check.catalogue } : check
    },
    invalidCatalogue,
  )
  if (catalogue.focusAreas.length === 0)
    throw invalidCatalogue([{ path: 'focusAreas', problem: 'no-focus-areas' }])
  return catalogue
}
