import { z } from 'zod'
import { IsoDate } from '../../model/yearWheel'
import { AMOUNT_LIMITS } from '../../format/danishNumber'
import { fieldText } from '../attrText'

/** Where an application to a fund stands: written, sent, and the fund's answer. */
export const APPLICATION_STATUSES = ['draft', 'sent', 'granted', 'refused'] as const
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number]

const SafeText = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/)
const twoDecimals = (n: number) =>
  Math.abs(n * 100 - Math.round(n * 100)) < 1e-6 * Math.max(1, Math.abs(n * 100))
const Kr = z
  .number()
  .finite()
  .min(0)
  .max(AMOUNT_LIMITS.kr)
  .refine(twoDecimals, 'at most two decimals')
  .nullable()

/** The longest text of one section; an application's section is a page or two, not a book. */
export const APPLICATION_SECTION_MAX = 20000

/**
 * One application for money for an initiative, kept on the initiative node (attribute
 * `applications`), so it travels wherever the plan goes (package, papirkurv, versions, backups)
 * and undo covers it like any field. It names the fund profile and the version of the terms it was
 * written against; the sections' texts are the user's, filled at first from the initiative.
 */
export const FundApplicationSchema = z.strictObject({
  id: SafeText,
  fundId: SafeText,
  fundName: fieldText(300),
  fundVersion: fieldText(40),
  /** The deadline aimed at, or '' while not chosen. */
  deadline: z.union([z.literal(''), IsoDate]),
  soughtKr: Kr,
  sections: z
    .array(z.strictObject({ id: SafeText, title: fieldText(300), text: fieldText(APPLICATION_SECTION_MAX) }))
    .max(50),
  /** The attachments the fund asks for, ticked off when the file is ready. */
  attachments: z.array(z.strictObject({ id: SafeText, title: fieldText(300), ready: z.boolean() })).max(50),
  status: z.enum(APPLICATION_STATUSES),
  grantedKr: Kr,
})
export type FundApplication = z.infer<typeof FundApplicationSchema>

export const FundApplications = z.array(FundApplicationSchema).max(50)

export function isApplicationStatus(v: unknown): v is ApplicationStatus {
  return typeof v === 'string' && (APPLICATION_STATUSES as readonly string[]).includes(v)
}
