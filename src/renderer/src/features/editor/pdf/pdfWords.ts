import type { InitiativeAttrs } from '../../../../../shared/document/initiative/initiative'
import type { Catalogue } from '../../../../../shared/model/catalogue'
import type { PlanMeta } from '../../../../../shared/model/plan'
import { formatKr, formatMonthRange, formatNumber, type Lang } from '../../../../../shared/derive/format'
import { formatDay } from '../../../../../shared/format/dates'
import { t } from '../../../../../shared/i18n/translate'

/**
 * The PDF's own words, read with the same keys from the same locale files as the Word export's
 * (main/backend/export/docx/labels.ts): the cover, the initiative fields and the appendix say in
 * the PDF exactly what they say in the Word file. A unit test holds the two side by side.
 */
const EMPTY = '–'

export function pdfCover(meta: PlanMeta, lang: Lang, date: Date) {
  const subtitle = meta.council.trim() || t(lang, 'wordExport:subject')
  const lines: [string, string][] = []
  if (meta.villages.length) lines.push([t(lang, 'wordExport:cover.villages'), meta.villages.join(', ')])
  if (meta.municipality.trim())
    lines.push([t(lang, 'wordExport:cover.municipality'), meta.municipality.trim()])
  if (meta.versionLabel.trim()) lines.push([t(lang, 'wordExport:cover.version'), meta.versionLabel.trim()])
  lines.push([t(lang, 'wordExport:cover.date'), formatDay(date, lang)])
  return { title: meta.title, subtitle, lines }
}

export const contentsTitle = (lang: Lang) => t(lang, 'wordExport:toc')
export const untitledInitiative = (lang: Lang) => t(lang, 'wordExport:untitledInitiative')
export const appendixHeading = (lang: Lang) => t(lang, 'wordExport:appendix.heading')

const areaName = (catalogue: Catalogue | null) => {
  const byId = new Map((catalogue?.focusAreas ?? []).map((a) => [a.id, a]))
  return (id: string) => {
    const a = byId.get(id)
    if (!a) return id
    return a.number != null ? `${a.number}. ${a.title}` : a.title
  }
}

/** An initiative's fields as label and value, in the Word file's order; a dash where empty. */
export function initiativeRows(
  a: InitiativeAttrs,
  lang: Lang,
  catalogue: Catalogue | null,
): [string, string][] {
  const or = (s: string) => s || EMPTY
  const hours =
    a.volunteerHours != null
      ? t(lang, 'wordExport:hours', { hours: formatNumber(a.volunteerHours, lang) })
      : EMPTY
  return [
    [t(lang, 'focus:initiative.status'), t(lang, `focus:status.${a.status}`)],
    [t(lang, 'focus:initiative.lead'), or(a.lead)],
    [t(lang, 'focus:initiative.group'), or(a.group)],
    [t(lang, 'wordExport:period'), or(formatMonthRange(a.start, a.end, lang))],
    [t(lang, 'focus:initiative.budget'), or(formatKr(a.budget, lang))],
    [t(lang, 'focus:initiative.ownFunding'), or(formatKr(a.ownFundingKr, lang))],
    [t(lang, 'focus:initiative.volunteerHours'), hours],
    [t(lang, 'focus:initiative.funding'), or(a.fundingSources.join(', '))],
    [t(lang, 'focus:initiative.focusAreas'), or(a.focusAreas.map(areaName(catalogue)).join('; '))],
  ]
}

/** The header of an initiative's field table, as the Word file heads it. */
export const keyValueHeader = (lang: Lang): [string, string] => [
  t(lang, 'wordExport:keyValue.field'),
  t(lang, 'wordExport:keyValue.value'),
]

/** The appendix: where the catalogue comes from (what is filled in) and its focus areas. */
export function pdfAppendix(catalogue: Catalogue, lang: Lang) {
  const source = (
    [
      [t(lang, 'wordExport:appendix.municipality'), catalogue.municipality],
      [t(lang, 'wordExport:appendix.title'), catalogue.title],
      [t(lang, 'focus:fields.adopted'), catalogue.adopted],
      [t(lang, 'focus:fields.version'), catalogue.version],
      [t(lang, 'focus:fields.goal'), catalogue.goal],
      [t(lang, 'focus:fields.source'), catalogue.source],
    ] as [string, string][]
  ).filter(([, v]) => v.trim() !== '')
  return {
    heading: appendixHeading(lang),
    intro: t(lang, 'wordExport:appendix.intro'),
    areasIntro: t(lang, 'wordExport:appendix.areasIntro'),
    keyValue: keyValueHeader(lang),
    source,
    header: [
      t(lang, 'wordExport:appendix.number'),
      t(lang, 'wordExport:appendix.focusArea'),
      t(lang, 'wordExport:appendix.description'),
    ],
    areas: catalogue.focusAreas.map((a) => [
      a.number != null ? String(a.number) : '',
      a.title,
      a.description,
    ]),
  }
}
