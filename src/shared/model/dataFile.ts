import { AppError, type ErrorCode } from './errors'

/**
 * What the shared data files (focus-area catalogues, year wheels, fund profiles) have in common on
 * import: a located path for each problem, the text read as JSON with a BOM from Notepad forgiven,
 * and one way to refuse a file. Each kind of file keeps its own schema and problem codes; the
 * reading rules live here once.
 */

/** `['events', 3, 'name']` → `events[3].name` ('' for the file itself). */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => {
    if (typeof key === 'number') return `${acc}[${key}]`
    return acc ? `${acc}.${String(key)}` : String(key)
  }, '')
}

/** The value a zod issue points at in the raw input, or undefined when the path leads nowhere. */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root
  for (const key of path) {
    if (v == null || typeof v !== 'object') return undefined
    v = (v as Record<PropertyKey, unknown>)[key]
  }
  return v
}

export const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

export type JsonText = { ok: true; json: unknown } | { ok: false; problem: 'too-large' | 'not-json' }

/** Size first (a real data file is a few kilobytes), then JSON. */
export function readJsonText(text: string, maxBytes: number): JsonText {
  if (new TextEncoder().encode(text).byteLength > maxBytes) return { ok: false, problem: 'too-large' }
  try {
    return { ok: true, json: JSON.parse(text.replace(/^\uFEFF/, '')) }
  } catch {
    return { ok: false, problem: 'not-json' }
  }
}

/** One thing wrong with a data file, and where in it (`''` for the file itself). */
export type LocatedProblem<Code extends string = string> = { path: string; problem: Code }

/** The refusal of a data file: every located problem in the details (the UI words each one), and
 * a summary in the message for the log. */
export function refuseDataFile(code: ErrorCode, what: string, problems: readonly LocatedProblem[]): AppError {
  const summary = problems.map((p) => (p.path ? `${p.path}: ${p.problem}` : p.problem)).join('; ')
  return new AppError(code, `Invalid ${what}: ${summary}`, problems)
}

/** A data file's text as a user hands it in: size first, then JSON, then the kind's own check.
 * Returns the value only when all of it is good, so nothing is half-imported; otherwise throws
 * what `refuse` makes of the problems. */
export function parseDataFileText<T, P extends LocatedProblem>(
  text: string,
  maxBytes: number,
  check: (json: unknown) => { ok: true; value: T } | { ok: false; problems: P[] },
  refuse: (problems: (P | LocatedProblem<'too-large' | 'not-json'>)[]) => AppError,
): T {
  const read = readJsonText(text, maxBytes)
  if (!read.ok) throw refuse([{ path: '', problem: read.problem }])
  const checked = check(read.json)
  if (!checked.ok) throw refuse(checked.problems)
  return checked.value
}
