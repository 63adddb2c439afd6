import type { Catalogue } from '../../model/catalogue'
import type { FundProfile } from '../../model/fundProfile'
import type { FundApplication } from '../../document/initiative/application'
import type { InitiativeEntry } from '../initiatives'
import { initiativeName } from '../initiatives'
import { t } from '../../i18n/translate'
import { formatKr, formatMonthRange, type Lang } from '../format'
import { upcomingDeadlines } from './deadlines'
import { oereToKr, toOere, volunteerValueOere } from './money'
import { formatDay } from '../../format/dates'

/** "15. februar 2027" from "2027-02-15"; '' for no day. Noon, so no time zone moves the day. */
export const dayText = (iso: string, lang: Lang) =>
  iso ? formatDay(new Date(`${iso}T12:00:00`), lang, true) : ''

/** The titles of the focus areas an initiative supports, in the catalogue's order. */
export function focusTitles(entry: InitiativeEntry, catalogue: Catalogue | null): string[] {
  if (!catalogue) return entry.attrs.focusAreas
  const mine = new Set(entry.attrs.focusAreas)
  return catalogue.focusAreas.filter((a) => mine.has(a.id)).map((a) => a.title)
}

/** Volunteer hours at the fund's rate, in kroner, or null when the fund does not count them. */
export function volunteerValueKr(profile: FundProfile, hours: number | null): number | null {
  const rule = profile.volunteerHours
  if (!rule?.counts || rule.rateKr == null || hours == null) return null
  return oereToKr(volunteerValueOere(hours, rule.rateKr))
}

/** What the plan says about where the initiative belongs: its section and the focus areas. */
export function planContextText(entry: InitiativeEntry, focus: string[], lang: Lang): string {
  const parts: string[] = []
  if (entry.section) parts.push(t(lang, 'funding:draft.inSection', { section: entry.section }))
  if (focus.length > 0) parts.push(t(lang, 'funding:draft.supports', { areas: focus.join(', ') }))
  return parts.join(' ')
}

/** The text a required section starts with: the description for the first, the plan's context
 * for one about the plan, else nothing (the check then says it is still to be written). */
function startText(
  index: number,
  title: string,
  entry: InitiativeEntry,
  focus: string[],
  lang: Lang,
): string {
  if (index === 0) return entry.descriptionText
  if (/udviklingsplan|plan/i.test(title)) return planContextText(entry, focus, lang)
  return ''
}

/**
 * A new application for an initiative to a fund, filled from the initiative: the description,
 * where it sits in the plan and which focus areas it supports, the amount to seek (the budget
 * less own financing and, where the fund counts them, volunteer hours at its rate), the next
 * deadline. Every text stays the user's to edit.
 */
export function newApplication(
  profile: FundProfile,
  entry: InitiativeEntry,
  catalogue: Catalogue | null,
  today: string,
  id: string,
  lang: Lang,
): FundApplication {
  const focus = focusTitles(entry, catalogue)
  const { budget, ownFundingKr, volunteerHours } = entry.attrs
  let soughtKr: number | null = null
  if (budget != null) {
    const volunteer = volunteerValueKr(profile, volunteerHours) ?? 0
    const rest = toOere(budget) - toOere(ownFundingKr ?? 0) - toOere(volunteer)
    soughtKr = rest > 0n ? oereToKr(rest) : 0
  }
  return {
    id,
    fundId: profile.id,
    fundName: profile.giver ? `${profile.name} (${profile.giver})` : profile.name,
    fundVersion: profile.version,
    deadline: upcomingDeadlines(profile, today, 1)[0] ?? '',
    soughtKr,
    sections: profile.sections.map((s, i) => ({
      id: s.id,
      title: s.title,
      text: startText(i, s.title, entry, focus, lang),
    })),
    attachments: profile.attachments.map((a) => ({ id: a.id, title: a.title, ready: false })),
    status: 'draft',
    grantedKr: null,
  }
}

/** One line of the draft's facts table: a label and its value, '' when the plan does not say. */
export type FactRow = { label: string; value: string }

/** The facts the application states, taken from the initiative as it is now. */
export function applicationFacts(
  app: FundApplication,
  profile: FundProfile | null,
  entry: InitiativeEntry,
  catalogue: Catalogue | null,
  lang: Lang,
): FactRow[] {
  const a = entry.attrs
  type Fact =
    | 'initiative'
    | 'section'
    | 'focusAreas'
    | 'lead'
    | 'period'
    | 'budget'
    | 'ownFunding'
    | 'volunteerHours'
    | 'sought'
    | 'deadline'
  const L = (key: Fact) => t(lang, `funding:facts.${key}`)
  const volunteerKr = profile ? volunteerValueKr(profile, a.volunteerHours) : null
  const hours =
    a.volunteerHours == null
      ? ''
      : volunteerKr == null
        ? t(lang, 'funding:facts.hoursOnly', { hours: a.volunteerHours })
        : t(lang, 'funding:facts.hoursAtRate', {
            hours: a.volunteerHours,
            rate: formatKr(profile?.volunteerHours?.rateKr ?? 0, lang),
            value: formatKr(volunteerKr, lang),
          })
  return [
    { label: L('initiative'), value: initiativeName(entry) },
    { label: L('section'), value: entry.section ?? '' },
    { label: L('focusAreas'), value: focusTitles(entry, catalogue).join(', ') },
    { label: L('lead'), value: a.group ? `${a.lead} (${a.group})` : a.lead },
    { label: L('period'), value: formatMonthRange(a.start, a.end, lang) },
    { label: L('budget'), value: formatKr(a.budget, lang) },
    { label: L('ownFunding'), value: formatKr(a.ownFundingKr, lang) },
    { label: L('volunteerHours'), value: hours },
    { label: L('sought'), value: formatKr(app.soughtKr, lang) },
    { label: L('deadline'), value: dayText(app.deadline, lang) },
  ]
}
