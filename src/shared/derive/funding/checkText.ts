import { t } from '../../i18n/translate'
import { formatKr, formatNumber, type Lang } from '../format'
import type { CheckFinding } from './check'
import { dayText } from './draft'

/** A finding of the check in the user's words, the same in the dialog and in the Word draft. */
export function checkText(f: CheckFinding, lang: Lang): string {
  const key = `funding:check.${f.code}` as const
  switch (f.code) {
    case 'own-financing-low':
    case 'own-financing-ok':
      return t(lang, key, {
        have: formatKr(f.values.have, lang),
        need: formatKr(f.values.need, lang),
        pct: formatNumber(f.values.pct, lang),
      })
    case 'over-maximum':
      return t(lang, key, { sought: formatKr(f.values.sought, lang), max: formatKr(f.values.max, lang) })
    case 'over-budget':
      return t(lang, key, {
        sought: formatKr(f.values.sought, lang),
        budget: formatKr(f.values.budget, lang),
      })
    case 'section-missing':
    case 'attachment-missing':
      return t(lang, key, { title: f.values.title })
    case 'deadline-passed':
      return t(lang, key, { date: dayText(f.values.date, lang) })
    case 'deadline-near':
      return t(lang, key, { date: dayText(f.values.date, lang), count: f.values.days })
    default:
      return t(lang, key)
  }
}
