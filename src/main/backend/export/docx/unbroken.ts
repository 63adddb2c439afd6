import { formatKr, formatMonthRange, type Lang } from '../../../../shared/derive/format'

const NBSP = '\u00a0'

/** "1.250.000 kr." that Word never breaks between the number and "kr." (nor "DKK" and the number). */
export const amountText = (n: number | null | undefined, lang: Lang): string =>
  formatKr(n, lang).replace(/ /g, NBSP)

/** "mar. 2027 – dec. 2027" that may break after the dash (or after "til"), never between a month
 * and its year, and never with the dash alone at the start of a line. */
export function periodText(start: string, end: string, lang: Lang): string {
  return formatMonthRange(start, end, lang)
    .replace(/(\S+) (\d{4})/g, `$1${NBSP}$2`)
    .replace(/ – /g, `${NBSP}– `)
}
