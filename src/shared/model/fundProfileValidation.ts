import type { z } from 'zod'
import { AppError } from './errors'
import { formatPath, isPlainObject, valueAt, parseDataFileText, refuseDataFile } from './dataFile'
import { FundProfile } from './fundProfile'

/** A real fund profile is a few kilobytes; bigger files are refused unread. */
export const MAX_FUND_PROFILE_BYTES = 512 * 1024

/** What can be wrong with a fund-profile file; the renderer words each one (`funding:problems.<code>`). */
export const FUND_PROFILE_PROBLEMS = [
  'not-json',
  'too-large',
  'not-a-fund-profile',
  'missing-field',
  'wrong-type',
  'too-long',
  'too-many',
  'bad-id',
  'duplicate-id',
  'bad-month',
  'bad-day',
  'bad-date',
  'bad-amount',
  'bad-percent',
  'no-source',
  'older-version',
  'version-conflict',
] as const
export type FundProfileProblemCode = (typeof FUND_PROFILE_PROBLEMS)[number]

/** One thing wrong, and where: `path` reads like `deadlines.yearly[1].month` ('' for the file itself). */
export type FundProfileProblem = { path: string; problem: FundProfileProblemCode }

export type FundProfileCheck =
  { ok: true; profile: FundProfile } | { ok: false; problems: FundProfileProblem[] }

const MAX_PROBLEMS = 20
const AMOUNT_FIELDS = new Set(['maxAmountKr', 'upToKr', 'rateKr'])

function problemFor(issue: z.core.$ZodIssue, input: unknown): FundProfileProblemCode {
  const field = issue.path[issue.path.length - 1]
  const parent = issue.path[issue.path.length - 2]
  const value = valueAt(input, issue.path)
  const empty = value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
  if (field === 'sources' && Array.isArray(value) && value.length === 0) return 'no-source'
  if (empty && issue.code !== 'too_big') return 'missing-field'
  if (issue.code === 'too_big' && Array.isArray(value)) return 'too-many'
  if (field === 'month') return 'bad-month'
  if (field === 'day') return 'bad-day'
  if ((parent === 'dates' && typeof field === 'number') || field === 'date') return 'bad-date'
  if (typeof field === 'string' && AMOUNT_FIELDS.has(field)) return 'bad-amount'
  if (field === 'minPct') return 'bad-percent'
  if (field === 'id' && typeof value === 'string') return 'bad-id'
  if (issue.code === 'invalid_type') return 'wrong-type'
  if (issue.code === 'too_big') return 'too-long'
  return 'wrong-type'
}

/** Two parts with one id in one list would make two fields of one text. */
function duplicateIds(
  input: Record<string, unknown>,
  list: 'sections' | 'attachments',
): FundProfileProblem[] {
  const items = input[list]
  if (!Array.isArray(items)) return []
  const seen = new Set<string>()
  const out: FundProfileProblem[] = []
  items.forEach((item, i) => {
    if (!isPlainObject(item) || typeof item.id !== 'string') return
    const id = item.id.trim()
    if (seen.has(id)) out.push({ path: `${list}[${i}].id`, problem: 'duplicate-id' })
    seen.add(id)
  })
  return out
}

/** A day the month does not have (31 April) never comes, so the deadline would never show. */
function impossibleDays(input: Record<string, unknown>): FundProfileProblem[] {
  const deadlines = input.deadlines
  if (!isPlainObject(deadlines) || !Array.isArray(deadlines.yearly)) return []
  const longest = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
  const out: FundProfileProblem[] = []
  deadlines.yearly.forEach((d, i) => {
    if (!isPlainObject(d) || typeof d.month !== 'number' || typeof d.day !== 'number') return
    const max = longest[d.month - 1]
    if (max !== undefined && d.day > max) out.push({ path: `deadlines.yearly[${i}].day`, problem: 'bad-day' })
  })
  return out
}

/** Checks a value claimed to be a fund profile; every problem is reported with where it is. */
export function checkFundProfile(input: unknown): FundProfileCheck {
  if (!isPlainObject(input) || typeof input.name !== 'string' || !('sources' in input)) {
    return { ok: false, problems: [{ path: '', problem: 'not-a-fund-profile' }] }
  }
  const parsed = FundProfile.safeParse(input)
  const problems: FundProfileProblem[] = parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({
        path: formatPath(issue.path),
        problem: problemFor(issue, input),
      }))
  problems.push(
    ...duplicateIds(input, 'sections'),
    ...duplicateIds(input, 'attachments'),
    ...impossibleDays(input),
  )
  if (problems.length > 0 || !parsed.success) return { ok: false, problems: problems.slice(0, MAX_PROBLEMS) }
  return { ok: true, profile: parsed.data }
}

export const invalidFundProfile = (problems: FundProfileProblem[]): AppError =>
  refuseDataFile('invalid-fund-profile', 'fund profile', problems)

/** Reads a fund-profile file as a user hands it in; all of it good or nothing (AppError with the
 * located problems as details). */
export function parseFundProfileFile(text: string): FundProfile {
  return parseDataFileText(
    text,
    MAX_FUND_PROFILE_BYTES,
    (json) => {
      const check = checkFundProfile(json)
      return check.ok ? { ok: true, value: check.profile } : check
    },
    invalidFundProfile,
  )
}
