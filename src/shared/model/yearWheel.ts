import { z } from 'zod'

/** A day as "YYYY-MM-DD" that exists in the calendar (no 31 April). */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`)
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s
  }, 'not a calendar date')

/** What an event in the year is: a meeting or workshop to take part in, or a deadline to meet. */
export const YEAR_EVENT_KINDS = ['meeting', 'deadline'] as const
export type YearEventKind = (typeof YEAR_EVENT_KINDS)[number]

/**
 * One thing that happens in the municipality's year. `months` (1-12) recur every year, as a
 * municipality's cycle is usually published ("tema- og budgetmøde i juni"); `dates` are days that
 * are known for one year only (a fund's deadline). An event has at least one of them.
 */
export const YearEvent = z.object({
  /** Stable across versions, so an exported calendar entry keeps its UID when the file is updated. */
  id: z
    .string()
    .trim()
    .regex(/^[a-zA-Z0-9_-]{1,64}$/),
  name: z.string().trim().min(1).max(200),
  kind: z.enum(YEAR_EVENT_KINDS).default('meeting'),
  months: z.array(z.number().int().min(1).max(12)).max(12).default([]),
  dates: z.array(IsoDate).max(100).default([]),
  /** Who takes part or is responsible ("Landdistriktsrådet og Økonomiudvalget"). */
  who: z.string().max(500).default(''),
  /** What the council prepares beforehand. */
  prepare: z.string().max(2000).default(''),
})
export type YearEvent = z.infer<typeof YearEvent>

/** Where the events come from: the public page or document, and the day it was read. */
export const YearWheelSource = z.object({
  url: z.string().trim().max(1000).default(''),
  date: z.union([z.literal(''), IsoDate]).default(''),
  note: z.string().max(2000).default(''),
})

/**
 * A municipality's year wheel (årshjul): data with a source and a version like a focus-area
 * catalogue, so municipalities can publish and councils share one, and a revised cycle is a new
 * version rather than a code change.
 */
export const YearWheel = z.object({
  /** Also the file name of a user's wheel (`<dataDir>/year-wheels/<id>.json`), hence the safe alphabet. */
  id: z
    .string()
    .trim()
    .regex(/^[a-zA-Z0-9_-]{1,64}$/),
  municipality: z.string().trim().min(1).max(200),
  title: z.string().trim().min(1).max(300),
  version: z.string().trim().min(1).max(40),
  source: YearWheelSource.default({ url: '', date: '', note: '' }),
  events: z.array(YearEvent).max(300),
})
export type YearWheel = z.infer<typeof YearWheel>

export type YearWheelSummary = {
  id: string
  municipality: string
  title: string
  version: string
  eventCount: number
  /** Shipped wheels come from resources/year-wheels and cannot be deleted, only copied. */
  builtIn: boolean
}
