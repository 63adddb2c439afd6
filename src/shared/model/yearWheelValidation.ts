import type { z } from 'zod'
import { AppError } from './errors'
import { formatPath, isPlainObject, valueAt, parseDataFileText, refuseDataFile } from './dataFile'
import { YearWheel } from './yearWheel'

/** A real year wheel is a few kilobytes; bigger files are refused unread. */
export const MAX_YEAR_WHEEL_BYTES = 1024 * 1024

/** What can be wrong with a year-wheel file; the renderer words each one (i18n `year:problems.<code>`). */
export const YEAR_WHEEL_PROBLEMS = [
  'not-json',
  'too-large',
  'not-a-year-wheel',
  'missing-field',
  'wrong-type',
  'too-long',
  'too-many',
  'bad-id',
  'duplicate-id',
  'bad-month',
  'bad-date',
  'bad-kind',
  'no-time',
  // On import, against a wheel already in the library with the same id:
  'older-version',
  'version-conflict',
] as const
export type YearWheelProblemCode = (typeof YEAR_WHEEL_PROBLEMS)[number]

/** One thing wrong, and where: `path` reads like `events[3].months[0]` ('' for the file itself). */
export type YearWheelProblem = { path: string; problem: YearWheelProblemCode }

export type YearWheelCheck = { ok: true; wheel: YearWheel } | { ok: false; problems: YearWheelProblem[] }

const MAX_PROBLEMS = 20

function problemFor(issue: z.core.$ZodIssue, input: unknown): YearWheelProblemCode {
  const field = issue.path[issue.path.length - 1]
  const parent = issue.path[issue.path.length - 2]
  const value = valueAt(input, issue.path)
  const empty = value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
  if (empty && issue.code !== 'too_big') return 'missing-field'
  if (issue.code === 'too_big' && Array.isArray(value)) return 'too-many'
  if (parent === 'months' && typeof field === 'number') return 'bad-month'
  if ((parent === 'dates' && typeof field === 'number') || field === 'date') return 'bad-date'
  if (field === 'kind') return 'bad-kind'
  if (field === 'id' && typeof value === 'string') return 'bad-id'
  if (issue.code === 'invalid_type') return 'wrong-type'
  if (issue.code === 'too_big') return 'too-long'
  return 'wrong-type'
}

/**
 * Checks a value claimed to be a year wheel: its shape, then what zod cannot see (two events with
 * one id would give two calendar entries one UID; an event with neither months nor dates has no
 * place on the wheel). Every problem is reported, so a file fixed by hand is fixed in one go.
 */
export function checkYearWheel(input: unknown): YearWheelCheck {
  if (!isPlainObject(input) || !Array.isArray(input.events)) {
    return { ok: false, problems: [{ path: '', problem: 'not-a-year-wheel' }] }
  }
  const parsed = YearWheel.safeParse(input)
  const problems: YearWheelProblem[] = parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({
        path: formatPath(issue.path),
        problem: problemFor(issue, input),
      }))

  const seen = new Set<string>()
  input.events.forEach((event, i) => {
    if (!isPlainObject(event)) return
    const id = typeof event.id === 'string' ? event.id.trim() : ''
    if (id !== '' && seen.has(id)) problems.push({ path: `events[${i}].id`, problem: 'duplicate-id' })
    seen.add(id)
    const count = (v: unknown) => (Array.isArray(v) ? v.length : 0)
    if (count(event.months) + count(event.dates) === 0)
      problems.push({ path: `events[${i}]`, problem: 'no-time' })
  })

  if (problems.length > 0 || !parsed.success) return { ok: false, problems: problems.slice(0, MAX_PROBLEMS) }
  return { ok: true, wheel: parsed.data }
}

export const invalidYearWheel = (problems: YearWheelProblem[]): AppError =>
  refuseDataFile('invalid-year-wheel', 'year wheel', problems)

/** Reads a year-wheel file as a user hands it in; returns a wheel only when all of it is good,
 * so nothing is half-imported. Throws AppError('invalid-year-wheel') with the problems as details. */
export function parseYearWheelFile(text: string): YearWheel {
  return parseDataFileText(
    text,
    MAX_YEAR_WHEEL_BYTES,
    (json) => {
      const check = checkYearWheel(json)
      return check.ok ? { ok: true, value: check.wheel } : check
    },
    invalidYearWheel,
  )
}
