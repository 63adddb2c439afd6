/**
 * A token bucket per key (a device's token, or a phone's address): `burst` requests at once, then
 * one every `everyMs`. Keys are forgotten when their bucket is full again, and at most `maxKeys`
 * are kept, so a flood of made-up tokens cannot grow the map without end.
 */
export function createRateLimit(opts: {
  burst: number
  everyMs: number
  maxKeys?: number
  now?: () => number
}) {
  const now = opts.now ?? Date.now
  const maxKeys = opts.maxKeys ?? 5000
  const buckets = new Map<string, { tokens: number; at: number }>()
  return function allow(key: string): boolean {
    const t = now()
    const b = buckets.get(key) ?? { tokens: opts.burst, at: t }
    b.tokens = Math.min(opts.burst, b.tokens + (t - b.at) / opts.everyMs)
    b.at = t
    if (b.tokens < 1) return false
    b.tokens -= 1
    if (!buckets.has(key) && buckets.size >= maxKeys) {
      for (const [k, v] of buckets) if (v.tokens + (t - v.at) / opts.everyMs >= opts.burst) buckets.delete(k)
      if (buckets.size >= maxKeys) return false
    }
    buckets.set(key, b)
    return true
  }
}
