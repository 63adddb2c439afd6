/**
 * Finds a plan's title in the raw text of a file that no longer parses, so the notice can say
 * which plan was moved aside ("Bøvl 2030") rather than show an id.
 */
export function salvageTitle(raw: string): string | null {
  const m = /"title"\s*:\s*("(?:[^"\\\n]|\\.){1,400}")/.exec(raw)
  if (!m) return null
  try {
    const title = JSON.parse(m[1]) as string
    return title.trim() ? title.trim().slice(0, 200) : null
  } catch {
    return null
  }
}
