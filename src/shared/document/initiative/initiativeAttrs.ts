import { z } from 'zod'
import { AMOUNT_DECIMALS, AMOUNT_LIMITS } from '../../format/danishNumber'
import { FocusAreaRefs, fieldText } from '../attrText'
import { INITIATIVE_STATUSES, type InitiativeStatus } from './status'
import { StatusHistorySchema, type StatusChange } from './statusHistory'
import { FundApplications, type FundApplication } from './application'

/** A month as "YYYY-MM" (01-12), or '' while it is not known. */
const Month = z.union([z.literal(''), z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'month as YYYY-MM')])

/** Whole øre at most: 12.500,50 kr. is fine, 12.500,505 is not a sum anyone pays. */
const hasAtMostTwoDecimals = (n: number) => {
  const scaled = n * 10 ** AMOUNT_DECIMALS
  return Math.abs(scaled - Math.round(scaled)) < 1e-6 * Math.max(1, Math.abs(scaled))
}

/** null while not known, else a finite number from 0 to `max` with at most two decimals. */
const amount = (max: number) =>
  z.number().finite().min(0).max(max).refine(hasAtMostTwoDecimals, 'at most two decimals').nullable()

/**
 * The attributes of an initiative node, as the document may hold them: typed, ranged, and nothing
 * else. The same limits as the editor's fields (shared/format/danishNumber.ts), so whatever the
 * editor can enter is accepted and whatever a forged file holds beyond them is refused.
 */
/** The longest text a card's one-line fields take; the editor's inputs stop there too (maxLength), so
 * typing can never make a card a save would refuse. */
export const INITIATIVE_TEXT_MAX = 2000

export const InitiativeAttrsSchema = z.strictObject({
  /** Unique in the document (checked by checkDocument); a uuid when made by the app. */
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'initiative id'),
  // Far beyond what a card's fields are used for, so no real entry meets the limit; the limits are
  // there for a forged file, not for the user.
  title: fieldText(INITIATIVE_TEXT_MAX),
  status: z.enum(INITIATIVE_STATUSES),
  /** When the status changed, oldest first (Årlig status reads it); absent in plans made before. */
  statusHistory: StatusHistorySchema.optional(),
  lead: fieldText(INITIATIVE_TEXT_MAX),
  group: fieldText(5000),
  start: Month,
  end: Month,
  budget: amount(AMOUNT_LIMITS.kr),
  ownFundingKr: amount(AMOUNT_LIMITS.kr),
  volunteerHours: amount(AMOUNT_LIMITS.hours),
  fundingSources: z.array(fieldText(2000)).max(200),
  focusAreas: FocusAreaRefs,
  applications: FundApplications,
})

/** An initiative's fields as the node holds them (InitiativeAttrsSchema checks a value is one). */
export type InitiativeAttrs = {
  id: string
  title: string
  status: InitiativeStatus
  /** Each change of status with its day, oldest first (statusHistory.ts). */
  statusHistory: StatusChange[]
  lead: string
  group: string
  /** Months as "YYYY-MM", or '' when not yet known. */
  start: string
  end: string
  /** Whole kroner, or null when not yet known. */
  budget: number | null
  ownFundingKr: number | null
  volunteerHours: number | null
  fundingSources: string[]
  focusAreas: string[]
  /** Applications to funds for this initiative (application.ts); [] in plans written before them. */
  applications: FundApplication[]
}

export const INITIATIVE_DEFAULTS: InitiativeAttrs = {
  id: '',
  title: '',
  status: 'idea',
  statusHistory: [],
  lead: '',
  group: '',
  start: '',
  end: '',
  budget: null,
  ownFundingKr: null,
  volunteerHours: null,
  fundingSources: [],
  focusAreas: [],
  applications: [],
}
