import type { DocJSON } from '../model/plan'
import type { YearEventKind, YearWheel } from '../model/yearWheel'
import type { InitiativeStatus } from '../document/initiative/status'
import { initiativeName, listedInitiatives } from './initiatives'

/**
 * One thing on the wheel of one calendar year: a municipality's meeting or deadline, or one of the
 * plan's initiatives over its months. Months are 1-12 within that year; an item spans
 * startMonth..endMonth (both included). `date` is set for an event on a known day.
 */
export type YearItem = {
  key: string
  /** 'application': the deadline of one of the plan's applications to a fund, drawn apart from the
   * municipality's own deadlines (a diamond on the wheel, its own label in the list). */
  kind: YearEventKind | 'initiative' | 'application'
  name: string
  startMonth: number
  endMonth: number
  date: string | null
  who: string
  prepare: string
  status: InitiativeStatus | null
}

const pad = (n: number) => String(n).padStart(2, '0')

/** The wheel's events in `year`: a monthly event once for each month, a dated one on its days. */
export function wheelItems(wheel: YearWheel, year: number): YearItem[] {
  const out: YearItem[] = []
  for (const e of wheel.events) {
    const base = { kind: e.kind, name: e.name, who: e.who, prepare: e.prepare, status: null }
    for (const m of [...new Set(e.months)].sort((a, b) => a - b)) {
      out.push({ ...base, key: `${e.id}@${year}-${pad(m)}`, startMonth: m, endMonth: m, date: null })
    }
    for (const d of [...new Set(e.dates)].sort()) {
      if (Number(d.slice(0, 4)) !== year) continue
      const m = Number(d.slice(5, 7))
      out.push({ ...base, key: `${e.id}@${d}`, startMonth: m, endMonth: m, date: d })
    }
  }
  return out
}

/**
 * The plan's initiatives that run in `year`, by their start and end months ("YYYY-MM"): one that
 * began before the year starts in January, one that ends after it ends in December; one with only
 * a start or only an end sits in that month. Initiatives with neither are not on a wheel.
 */
export function initiativeItems(doc: DocJSON, year: number): YearItem[] {
  const out: YearItem[] = []
  for (const entry of listedInitiatives(doc)) {
    const { start, end, id, status, lead } = entry.attrs
    const from = start || end
    const to = end || start
    if (!from || !to) continue
    const [first, last] = from <= to ? [from, to] : [to, from]
    const y0 = Number(first.slice(0, 4))
    const y1 = Number(last.slice(0, 4))
    if (year < y0 || year > y1) continue
    out.push({
      key: `initiative:${id || entry.index}`,
      kind: 'initiative',
      name: initiativeName(entry),
      startMonth: year === y0 ? Number(first.slice(5, 7)) : 1,
      endMonth: year === y1 ? Number(last.slice(5, 7)) : 12,
      date: null,
      who: lead,
      prepare: '',
      status,
    })
  }
  return out
}

/**
 * The deadlines of the plan's applications to funds in `year` (see document/initiative/application.ts),
 * as deadlines on the wheel: "Landdistriktspuljen (Billund Kommune): Multibane i Hejnsvig". One
 * that is decided (bevilget, afslag) has nothing left to meet and stays off.
 */
export function applicationItems(doc: DocJSON, year: number): YearItem[] {
  const out: YearItem[] = []
  for (const entry of listedInitiatives(doc)) {
    for (const app of entry.attrs.applications) {
      if (!app.deadline || Number(app.deadline.slice(0, 4)) !== year) continue
      if (app.status === 'granted' || app.status === 'refused') continue
      const m = Number(app.deadline.slice(5, 7))
      out.push({
        key: `application:${app.id}`,
        kind: 'application',
        name: `${app.fundName}: ${initiativeName(entry)}`,
        startMonth: m,
        endMonth: m,
        date: app.deadline,
        who: entry.attrs.lead,
        prepare: '',
        status: null,
      })
    }
  }
  return out
}

const KIND_ORDER: Record<YearItem['kind'], number> = {
  deadline: 0,
  application: 1,
  meeting: 2,
  initiative: 3,
}

/** Everything for one year in the order the list reads it: by month, then day, deadlines first. */
export function yearItems(wheel: YearWheel | null, doc: DocJSON | null, year: number): YearItem[] {
  const items = [
    ...(wheel ? wheelItems(wheel, year) : []),
    ...(doc ? [...initiativeItems(doc, year), ...applicationItems(doc, year)] : []),
  ]
  return items.sort(
    (a, b) =>
      a.startMonth - b.startMonth ||
      (a.date ?? '').localeCompare(b.date ?? '') ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      a.name.localeCompare(b.name, 'da'),
  )
}

/** An application's deadline from a plan, for "Næste frist": what, from which plan, which day. */
export type ApplicationDeadline = { name: string; from: string; date: string }

export type NextDeadline = { name: string; municipality: string; date: string | null; month: string }

/**
 * The nearest deadline on or after `today` ("YYYY-MM-DD") in any of the wheels: a dated one from
 * that day, a monthly one for the whole month (a deadline "in June" can still be met on 30 June).
 */
export function nextDeadline(
  wheels: readonly YearWheel[],
  today: string,
  applications: readonly ApplicationDeadline[] = [],
): NextDeadline | null {
  const year = Number(today.slice(0, 4))
  const thisMonth = today.slice(0, 7)
  let best: (NextDeadline & { sortKey: string }) | null = null
  for (const wheel of wheels) {
    for (const e of wheel.events) {
      if (e.kind !== 'deadline') continue
      const candidates: { date: string | null; month: string; sortKey: string }[] = []
      for (const d of e.dates) if (d >= today) candidates.push({ date: d, month: d.slice(0, 7), sortKey: d })
      for (const m of e.months) {
        const month = `${year}-${pad(m)}` >= thisMonth ? `${year}-${pad(m)}` : `${year + 1}-${pad(m)}`
        candidates.push({ date: null, month, sortKey: `${month}-32` })
      }
      for (const c of candidates) {
        if (!best || c.sortKey < best.sortKey) best = { ...c, name: e.name, municipality: wheel.municipality }
      }
    }
  }
  for (const a of applications) {
    if (a.date < today) continue
    if (!best || a.date < best.sortKey)
      best = { name: a.name, municipality: a.from, date: a.date, month: a.date.slice(0, 7), sortKey: a.date }
  }
  if (!best) return null
  const { sortKey: _sortKey, ...rest } = best
  return rest
}
