import type { TFunction } from 'i18next'
import { locatedProblems, type LocatedProblem } from '../../components/DataFileProblems'

/** The located problems an invalid-fund-profile error carries, or [] for any other error. */
export const fundProfileProblems = (error: unknown): LocatedProblem[] =>
  locatedProblems(error, 'invalid-fund-profile')

/** "deadlines.yearly[1].month" → "Frister – Hvert år 2 – Måned": where the problem is, in the user's words. */
export function describeFundPath(path: string, t: TFunction): string {
  if (!path) return t('funding:profiles.where.file')
  return path
    .split('.')
    .map((part) => {
      const m = /^(\w+)(?:\[(\d+)\])?$/.exec(part)
      if (!m) return part
      const name = t(`funding:profiles.fields.${m[1]}`, { defaultValue: m[1] })
      return m[2] === undefined ? name : `${name} ${Number(m[2]) + 1}`
    })
    .join(' – ')
}
