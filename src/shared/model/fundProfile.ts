import { z } from 'zod'
import { IsoDate } from './yearWheel'
import { AMOUNT_LIMITS } from '../format/danishNumber'

const Id = z
  .string()
  .trim()
  .regex(/^[a-zA-Z0-9_-]{1,64}$/)

/** Whole øre at most, like an initiative's amounts: a fund's limit is a sum someone pays. */
const twoDecimals = (n: number) =>
  Math.abs(n * 100 - Math.round(n * 100)) < 1e-6 * Math.max(1, Math.abs(n * 100))
const Kr = z.number().finite().min(0).max(AMOUNT_LIMITS.kr).refine(twoDecimals, 'at most two decimals')
/** A share in percent, to two decimals (25, 33,33): the own-financing check reckons in hundredths. */
const Percent = z.number().finite().min(0).max(100).refine(twoDecimals, 'at most two decimals')

/** A deadline that comes back every year: a day in a month ("15. februar"), or the month as a
 * whole when the fund names only the month (day null). */
export const YearlyDeadline = z.object({
  month: z.number().int().min(1).max(12),
  day: z.number().int().min(1).max(31).nullable().default(null),
})
export type YearlyDeadline = z.infer<typeof YearlyDeadline>

/**
 * How much the applicant must pay themselves: `minPct` percent of the project's budget, or of the
 * amount sought (Billund's landdistriktspulje asks 25 % of the first 100.000 kr. sought), the base
 * counted only up to `upToKr` when the fund says so.
 */
export const OwnFinancingRule = z.object({
  minPct: Percent,
  of: z.enum(['budget', 'sought']).default('budget'),
  upToKr: Kr.nullable().default(null),
})
export type OwnFinancingRule = z.infer<typeof OwnFinancingRule>

/** Whether volunteer hours count as own financing, and at what rate. */
export const VolunteerRule = z.object({
  counts: z.boolean(),
  rateKr: Kr.nullable().default(null),
})
export type VolunteerRule = z.infer<typeof VolunteerRule>

/** A part the application must have (a heading and its text) or a file it must carry. */
export const RequiredPart = z.object({
  id: Id,
  title: z.string().trim().min(1).max(300),
  /** What the fund says about it, shown beside the field. */
  hint: z.string().max(2000).default(''),
})
export type RequiredPart = z.infer<typeof RequiredPart>

export const FundSource = z.object({
  url: z.string().trim().min(1).max(1000),
  title: z.string().trim().max(500).default(''),
  /** The day the terms were read. */
  date: IsoDate,
  /** What the source says and does not say: a rule left out is named here. */
  note: z.string().max(4000).default(''),
})

/**
 * A fund's published terms as data (a municipality's landdistriktspulje, LAG, a foundation), with
 * a source and a version like a focus-area catalogue: a fund that changes its terms is a new
 * version of the file, not a code change. A rule the source does not state is left out (the
 * optional fields), and the draft's check then says nothing about it rather than guessing.
 */
export const FundProfile = z.object({
  /** Also the file name of a user's profile (`<dataDir>/fund-profiles/<id>.json`). */
  id: Id,
  name: z.string().trim().min(1).max(300),
  /** Who gives the money ("Billund Kommune", "Lokale og Anlægsfonden"). */
  giver: z.string().trim().max(300).default(''),
  version: z.string().trim().min(1).max(40),
  sources: z.array(FundSource).min(1).max(20),
  deadlines: z
    .object({
      dates: z.array(IsoDate).max(100).default([]),
      yearly: z.array(YearlyDeadline).max(60).default([]),
    })
    .default({ dates: [], yearly: [] }),
  maxAmountKr: Kr.optional(),
  ownFinancing: OwnFinancingRule.optional(),
  volunteerHours: VolunteerRule.optional(),
  sections: z.array(RequiredPart).max(50).default([]),
  attachments: z.array(RequiredPart).max(50).default([]),
  /** What the fund wants back afterwards ("Evaluering og regnskab senest 3 måneder efter"). */
  reporting: z.string().max(2000).optional(),
})
export type FundProfile = z.infer<typeof FundProfile>

export type FundSource = z.infer<typeof FundSource>

export type FundProfileSummary = {
  id: string
  name: string
  giver: string
  version: string
  builtIn: boolean
  /** Where the terms were read, for the list of profiles to show beside each. */
  sources: FundSource[]
}
