/**
 * What the shared data files (focus-area catalogues, year wheels) have in common on import: a
 * located path for each problem, and the text read as JSON with a BOM from Notepad forgiven.
 * Each kind of file keeps its own schema and problem codes; the reading rules live here once.
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
