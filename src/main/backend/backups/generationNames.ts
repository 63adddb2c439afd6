/**
 * A generation's file name carries its sequence number and its save time,
 * `g-0000000012-2026-03-12T10-00-00-000Z.json`, so thinning decides from a folder listing alone
 * and never reads (let alone parses and validates) a 4 MB plan to learn when it was saved.
 * Generations written before this naming are `g-0000000012.json`: still read, and dated once.
 */
export type GenerationName = {
  name: string
  seq: number
  /** The save time from the name; null for an old-named generation (its time is inside it). */
  savedAt: string | null
}

const DATED =
  /^g-([0-9]{10})-([0-9]{4}-[0-9]{2}-[0-9]{2})T([0-9]{2})-([0-9]{2})-([0-9]{2})-([0-9]{3})Z\.json$/
const UNDATED = /^g-([0-9]{10})\.json$/
/** The only save times a name can carry: a four-digit year, as toISOString gives for 0-9999. */
const NAMEABLE_TIME = /^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{3}Z$/

/** What a file name in backups/<id>/ says, or null for anything that is not ours to thin. */
export function parseGenerationName(name: string): GenerationName | null {
  const dated = DATED.exec(name)
  if (dated) {
    const [, seq, day, h, m, s, ms] = dated
    const savedAt = `${day}T${h}:${m}:${s}.${ms}Z`
    // A name that looks dated but holds no real time (month 13) is kept as if undated.
    return { name, seq: Number(seq), savedAt: Number.isFinite(Date.parse(savedAt)) ? savedAt : null }
  }
  const undated = UNDATED.exec(name)
  return undated ? { name, seq: Number(undated[1]), savedAt: null } : null
}

/** The file name of generation `seq` saved at `savedAt` (an ISO time). */
export function generationName(seq: number, savedAt: string): string {
  const padded = String(seq).padStart(10, '0')
  // A clock outside years 0-9999 cannot be put in a name: the old naming keeps the time inside.
  if (!NAMEABLE_TIME.test(savedAt)) return `g-${padded}.json`
  return `g-${padded}-${savedAt.replace(/[:.]/g, '-')}.json`
}

/** Every generation in a folder listing, newest (highest seq) first. */
export function generationsIn(names: string[]): GenerationName[] {
  return names
    .flatMap((n) => parseGenerationName(n) ?? [])
    .sort((a, b) => b.seq - a.seq || (a.savedAt === null ? 1 : 0) - (b.savedAt === null ? 1 : 0))
}
