import type { FundProfile } from '../../model/fundProfile'

const pad = (n: number) => String(n).padStart(2, '0')
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate()

/**
 * The fund's deadlines from `today` on ("YYYY-MM-DD"), nearest first: its dated ones, and its
 * yearly ones this year and next (a yearly deadline named only by its month counts to the month's
 * last day). `count` stops the list; a fund with quarterly rounds gives the next few.
 */
export function upcomingDeadlines(profile: FundProfile, today: string, count = 8): string[] {
  const year = Number(today.slice(0, 4))
  const all = new Set<string>()
  for (const d of profile.deadlines.dates) if (d >= today) all.add(d)
  for (const y of [year, year + 1]) {
    for (const { month, day } of profile.deadlines.yearly) {
      const d = Math.min(day ?? lastDay(y, month), lastDay(y, month))
      const iso = `${y}-${pad(month)}-${pad(d)}`
      if (iso >= today) all.add(iso)
    }
  }
  return [...all].sort().slice(0, count)
}

/** Whole days from `today` to `date` (both "YYYY-MM-DD"); negative when it has passed. */
export function daysUntil(date: string, today: string): number {
  const ms = Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)
  return Math.round(ms / 86_400_000)
}
