import { z } from 'zod'

/**
 * The one thing an årshjul block stores: which wheel (a year wheel's id in the library, '' while
 * none is chosen) and which calendar year (null: the year it is looked at or exported in). What
 * it shows is derived from the wheel and the plan's initiatives, never stored.
 */
export const YearWheelBlockAttrsSchema = z.strictObject({
  wheelId: z.union([z.literal(''), z.string().regex(/^[a-zA-Z0-9_-]{1,64}$/, 'year wheel id')]),
  year: z.number().int().min(1900).max(2200).nullable(),
})
export type YearWheelBlockAttrs = z.infer<typeof YearWheelBlockAttrsSchema>

export const YEAR_WHEEL_BLOCK_DEFAULTS: YearWheelBlockAttrs = { wheelId: '', year: null }

/** The year a block shows: its own, or the current one. */
export const blockYear = (attrs: Partial<YearWheelBlockAttrs>, today: string): number =>
  typeof attrs.year === 'number' ? attrs.year : Number(today.slice(0, 4))
