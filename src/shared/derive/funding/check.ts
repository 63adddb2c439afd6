import type { FundProfile } from '../../model/fundProfile'
import type { InitiativeAttrs } from '../../document/initiative/initiative'
import type { FundApplication } from '../../document/initiative/application'
import { daysUntil } from './deadlines'
import { oereToKr, ownFinancing, toOere } from './money'

/** A deadline this close (days) is said to be near. */
export const NEAR_DAYS = 14

/**
 * What the check of a draft against the fund's terms can say; the UI words each one
 * (`funding:check.<code>`, with `values`). `error` is a rule broken, `warning` something to look at.
 */
export type CheckFinding =
  | { code: 'own-financing-low'; severity: 'error'; values: { have: number; need: number; pct: number } }
  | { code: 'own-financing-ok'; severity: 'ok'; values: { have: number; need: number; pct: number } }
  | { code: 'budget-missing'; severity: 'error'; values: Record<string, never> }
  | { code: 'amount-missing'; severity: 'error'; values: Record<string, never> }
  | { code: 'over-maximum'; severity: 'error'; values: { sought: number; max: number } }
  | { code: 'over-budget'; severity: 'error'; values: { sought: number; budget: number } }
  | { code: 'section-missing'; severity: 'error'; values: { title: string } }
  | { code: 'attachment-missing'; severity: 'error'; values: { title: string } }
  | { code: 'no-deadline'; severity: 'warning'; values: Record<string, never> }
  | { code: 'deadline-passed'; severity: 'error'; values: { date: string } }
  | { code: 'deadline-near'; severity: 'warning'; values: { date: string; days: number } }

type Initiative = Pick<InitiativeAttrs, 'budget' | 'ownFundingKr' | 'volunteerHours'>

function moneyFindings(profile: FundProfile, attrs: Initiative, app: FundApplication): CheckFinding[] {
  const out: CheckFinding[] = []
  const sought = app.soughtKr
  if (sought == null) out.push({ code: 'amount-missing', severity: 'error', values: {} })
  if (sought != null && profile.maxAmountKr != null && toOere(sought) > toOere(profile.maxAmountKr))
    out.push({ code: 'over-maximum', severity: 'error', values: { sought, max: profile.maxAmountKr } })
  if (sought != null && attrs.budget != null && toOere(sought) > toOere(attrs.budget))
    out.push({ code: 'over-budget', severity: 'error', values: { sought, budget: attrs.budget } })

  const rule = profile.ownFinancing
  if (!rule) return out
  const baseKr = rule.of === 'budget' ? attrs.budget : sought
  if (baseKr == null) {
    if (rule.of === 'budget') out.push({ code: 'budget-missing', severity: 'error', values: {} })
    return out
  }
  const counts = profile.volunteerHours?.counts === true
  const result = ownFinancing({
    ownKr: attrs.ownFundingKr ?? 0,
    hours: attrs.volunteerHours ?? 0,
    rateKr: counts ? (profile.volunteerHours?.rateKr ?? null) : null,
    baseKr,
    upToKr: rule.upToKr,
    minPct: rule.minPct,
  })
  const values = { have: oereToKr(result.haveOere), need: oereToKr(result.needOere), pct: rule.minPct }
  out.push(
    result.enough
      ? { code: 'own-financing-ok', severity: 'ok', values }
      : { code: 'own-financing-low', severity: 'error', values },
  )
  return out
}

function deadlineFindings(app: FundApplication, today: string): CheckFinding[] {
  // Once sent, the deadline is met; the answer is what is waited for.
  if (app.status !== 'draft') return []
  if (!app.deadline) return [{ code: 'no-deadline', severity: 'warning', values: {} }]
  const days = daysUntil(app.deadline, today)
  if (days < 0) return [{ code: 'deadline-passed', severity: 'error', values: { date: app.deadline } }]
  if (days <= NEAR_DAYS)
    return [{ code: 'deadline-near', severity: 'warning', values: { date: app.deadline, days } }]
  return []
}

/**
 * A draft against the fund's terms: money (own financing with volunteer hours at the fund's rate,
 * the maximum, not more than the budget), every required section written and attachment ready,
 * the deadline. A rule the profile does not state is not checked.
 */
export function checkApplication(
  profile: FundProfile,
  attrs: Initiative,
  app: FundApplication,
  today: string,
): CheckFinding[] {
  const texts = new Map(app.sections.map((s) => [s.id, s.text.trim()]))
  const ready = new Map(app.attachments.map((a) => [a.id, a.ready]))
  return [
    ...moneyFindings(profile, attrs, app),
    ...profile.sections
      .filter((s) => !texts.get(s.id))
      .map((s): CheckFinding => ({ code: 'section-missing', severity: 'error', values: { title: s.title } })),
    ...profile.attachments
      .filter((a) => ready.get(a.id) !== true)
      .map((a): CheckFinding => ({
        code: 'attachment-missing',
        severity: 'error',
        values: { title: a.title },
      })),
    ...deadlineFindings(app, today),
  ]
}

/** Nothing in the way of sending: no finding is an error. */
export const isReady = (findings: readonly CheckFinding[]) => findings.every((f) => f.severity !== 'error')
