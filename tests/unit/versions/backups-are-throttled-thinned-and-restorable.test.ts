import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { BackupSummary } from '../../../src/shared/model/versions'
import type { Plan } from '../../../src/shared/model/plan'
import { generationsToKeep, RECENT_GENERATIONS } from '../../../src/main/backend/backups/thinning'
import { docSaying } from '../backend/support/tempBackend'
import { clockedBackend, newPlan } from './support'

let env: Awaited<ReturnType<typeof clockedBackend>>
afterEach(() => env.cleanup())

const textOf = (p: Plan) => JSON.stringify(p.doc)

describe('rolling backups', () => {
  it('writes at most one generation a minute while typing, and the last save when the backend closes', async () => {
    env = await clockedBackend()
    const plan = await env.call<Plan>('plans.create', newPlan)
    let rev = plan.rev
    for (let i = 1; i <= 5; i++) {
      env.clock.now += 5_000 // autosave every few seconds
      rev = (
        await env.call<{ rev: number }>('plans.save', { id: plan.id, rev, doc: docSaying(`tekst ${i}`) })
      ).rev
    }
    const listed = await env.call<BackupSummary[]>('backups.list', { id: plan.id })
    // The first save is kept at once; the four after it within the minute wait for the minute to pass.
    expect(listed.map((b) => b.rev)).toEqual([1])
    await env.restart()
    const after = await env.call<BackupSummary[]>('backups.list', { id: plan.id })
    expect(after.map((b) => b.rev)).toEqual([5, 1])
    expect(after[0].seq).toBeGreaterThan(after[1].seq)
    const newest = await env.call<{ plan: Plan }>('backups.get', { id: plan.id, seq: after[0].seq })
    expect(textOf(newest.plan)).toContain('tekst 5')
  })

  it('restoring an older state makes a new save and keeps the replaced state as a generation', async () => {
    env = await clockedBackend()
    const plan = await env.call<Plan>('plans.create', newPlan)
    env.clock.now += 61_000
    await env.call('plans.save', { id: plan.id, rev: 0, doc: docSaying('gammel tekst') })
    env.clock.now += 61_000
    await env.call('plans.save', { id: plan.id, rev: 1, doc: docSaying('ny tekst') })
    const gens = await env.call<BackupSummary[]>('backups.list', { id: plan.id })
    const old = gens.find((g) => g.rev === 1)!
    const restored = await env.call<Plan>('backups.restore', { id: plan.id, seq: old.seq, rev: 2 })
    expect(restored.rev).toBe(3)
    expect(textOf(restored)).toContain('gammel tekst')
    const again = await env.call<BackupSummary[]>('backups.list', { id: plan.id })
    const replaced = await env.call<{ plan: Plan }>('backups.get', { id: plan.id, seq: again[0].seq })
    expect(again[0].rev).toBe(2)
    expect(textOf(replaced.plan)).toContain('ny tekst') // the state the restore replaced
    // A stale restore is refused like a stale save.
    await expect(env.call('backups.restore', { id: plan.id, seq: old.seq, rev: 2 })).rejects.toMatchObject({
      code: 'stale-rev',
    })
  })

  it('orders by sequence number, not by file times, and skips a damaged generation', async () => {
    env = await clockedBackend()
    const plan = await env.call<Plan>('plans.create', newPlan)
    await env.call('plans.save', { id: plan.id, rev: 0, doc: docSaying('før urskift') })
    await env.restart()
    env.clock.now -= 3_600_000 // the laptop clock jumps back an hour
    await env.call('plans.save', { id: plan.id, rev: 1, doc: docSaying('efter urskift') })
    const gens = await env.call<BackupSummary[]>('backups.list', { id: plan.id })
    expect(gens.map((g) => g.rev)).toEqual([2, 1])
    expect(Date.parse(gens[0].savedAt)).toBeLessThan(Date.parse(gens[1].savedAt))
    const dir = join(env.dataDir, 'backups', plan.id)
    const { writeFile } = await import('node:fs/promises')
    const newestFile = (await readdir(dir))
      .filter((n) => n.startsWith('g-'))
      .sort()
      .pop()!
    await writeFile(join(dir, newestFile), '\0\0\0\0')
    expect((await env.call<BackupSummary[]>('backups.list', { id: plan.id })).map((g) => g.rev)).toEqual([1])
  })
})

describe('thinning', () => {
  const HOUR = 3_600_000
  const now = Date.parse('2026-03-12T12:00:00Z')
  it('keeps the newest saves, then one an hour for a day, one a day for a month, one a week for a year', () => {
    // One generation every 10 minutes for 400 days, seq rising with time.
    const gens = []
    for (let i = 0; i < 400 * 24 * 6; i++) {
      gens.push({ seq: i + 1, savedAt: new Date(now - (400 * 24 * 6 - i) * 600_000).toISOString() })
    }
    const keep = generationsToKeep(gens, now)
    const newest = gens.slice(-RECENT_GENERATIONS).map((g) => g.seq)
    for (const s of newest) expect(keep.has(s)).toBe(true)
    const kept = gens.filter((g) => keep.has(g.seq))
    const ages = kept.map((g) => (now - Date.parse(g.savedAt)) / HOUR)
    expect(ages.filter((a) => a < 24).length).toBeLessThanOrEqual(RECENT_GENERATIONS + 25)
    expect(ages.filter((a) => a >= 24 && a < 31 * 24).length).toBeLessThanOrEqual(31)
    expect(ages.filter((a) => a > 366 * 24)).toEqual([])
    expect(kept.length).toBeLessThan(130)
  })
  it('each rule decides: exactly one kept per hour of the last day, per day of the month, per week of the year', () => {
    const DAY = 24 * HOUR
    const WEEK = 7 * DAY
    // One generation every 10 minutes for 400 days: every hour, day and week bucket has many.
    const gens = []
    for (let i = 0; i < 400 * 24 * 6; i++) {
      gens.push({ seq: i + 1, savedAt: new Date(now - (400 * 24 * 6 - i) * 600_000).toISOString() })
    }
    const keep = generationsToKeep(gens, now)
    const recent = new Set(gens.slice(-RECENT_GENERATIONS).map((g) => g.seq))
    const kept = gens.filter((g) => keep.has(g.seq) && !recent.has(g.seq)).map((g) => Date.parse(g.savedAt))
    const oldestRecent = Date.parse(gens[gens.length - RECENT_GENERATIONS].savedAt)
    /** Kept generations in each bucket of `size` lying wholly after `from` and before `to` (a
     * generation exactly `from` old already belongs to the next rule). */
    const perBucket = (size: number, from: number, to: number) => {
      const counts: number[] = []
      for (let b = Math.floor(from / size) + 1; (b + 1) * size <= to; b++) {
        counts.push(kept.filter((at) => at >= b * size && at < (b + 1) * size).length)
      }
      return counts
    }
    const hours = perBucket(HOUR, now - DAY, oldestRecent)
    const days = perBucket(DAY, now - 31 * DAY, now - DAY)
    const weeks = perBucket(WEEK, now - 365 * DAY, now - 31 * DAY)
    expect(hours.length).toBeGreaterThanOrEqual(20)
    expect(days.length).toBeGreaterThanOrEqual(28)
    expect(weeks.length).toBeGreaterThanOrEqual(45)
    expect(hours.every((n) => n === 1)).toBe(true)
    expect(days.every((n) => n === 1)).toBe(true)
    expect(weeks.every((n) => n === 1)).toBe(true)
  })
  it('never drops the newest saves even when their times are nonsense', () => {
    const gens = [1, 2, 3].map((seq) => ({ seq, savedAt: 'not a time' }))
    expect([...generationsToKeep(gens, now)].sort()).toEqual([1, 2, 3])
  })
  it('never lets go of a generation whose time it cannot read, however many newer ones there are', () => {
    const undated = [1, 2, 3].map((seq) => ({ seq, savedAt: 'not a time' }))
    const newer = Array.from({ length: 20 }, (_, i) => ({
      seq: i + 4,
      savedAt: new Date(now - 60_000).toISOString(),
    }))
    const keep = generationsToKeep([...undated, ...newer], now)
    expect([1, 2, 3].every((s) => keep.has(s))).toBe(true)
  })
})
