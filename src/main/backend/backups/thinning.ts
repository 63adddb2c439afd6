/** How many of the newest generations are always kept, whatever their age. */
export const RECENT_GENERATIONS = 10

const HOUR = 3_600_000
const DAY = 24 * HOUR
const WEEK = 7 * DAY

export type GenerationStamp = { seq: number; savedAt: string }

/**
 * Which backup generations to keep: the newest few saves, then one per hour for a day, one per
 * day for a month, one per week for a year. The order is the sequence number, never a file time;
 * the recorded save time only decides which hour/day/week bucket a generation falls into, so a
 * laptop clock that jumps can thin oddly but never drops the newest saves.
 */
export function generationsToKeep(gens: GenerationStamp[], now: number): Set<number> {
  const newestFirst = [...gens].sort((a, b) => b.seq - a.seq)
  const keep = new Set<number>()
  const buckets = new Set<string>()
  newestFirst.forEach((gen, index) => {
    if (index < RECENT_GENERATIONS) {
      keep.add(gen.seq)
      return
    }
    const at = Date.parse(gen.savedAt)
    // A time that cannot be read says nothing about age: such a generation is never let go.
    if (!Number.isFinite(at)) {
      keep.add(gen.seq)
      return
    }
    const age = now - at
    const bucket =
      age < DAY
        ? `h${Math.floor(at / HOUR)}`
        : age < 31 * DAY
          ? `d${Math.floor(at / DAY)}`
          : age < 365 * DAY
            ? `w${Math.floor(at / WEEK)}`
            : null
    if (bucket === null || buckets.has(bucket)) return
    buckets.add(bucket)
    keep.add(gen.seq)
  })
  return keep
}
