import type { InitiativeStatus } from '../document/initiative/status'
import { formatNumber, type Lang } from '../derive/format'
import { MONTH_NAMES } from '../format/months'

/**
 * The words the export itself writes (not the plan's own text). Kept in shared rather than in the
 * renderer's i18next files: the backend's Word export runs without the renderer, and the renderer
 * lays out the PDF with the very same words. The wording matches the editor's panels so the
 * consultant reads what the council saw.
 */
export type Labels = {
  toc: string
  /** Words around the page number and the page count: "Side " X " af " Y. */
  page: { before: string; between: string }
  status: Record<InitiativeStatus, string>
  fields: {
    status: string
    lead: string
    group: string
    period: string
    budget: string
    ownFunding: string
    volunteerHours: string
    funding: string
    focusAreas: string
  }
  actionPlan: { what: string; who: string; when: string; budget: string; funding: string; status: string }
  matrixInitiative: string
  untitledInitiative: string
  total: string
  ticked: string
  notTicked: string
  noInitiatives: string
  noCatalogue: string
  hours: (n: number) => string
  imageMissing: (alt: string) => string
  appendix: {
    heading: string
    intro: string
    areasIntro: string
    municipality: string
    title: string
    adopted: string
    version: string
    goal: string
    source: string
    number: string
    focusArea: string
    description: string
  }
  cover: { villages: string; municipality: string; version: string; date: string }
  subject: string
  reviewCopy: string
  saveDialogTitle: string
  savePdfDialogTitle: string
}

const da: Labels = {
  toc: 'Indholdsfortegnelse',
  page: { before: 'Side ', between: ' af ' },
  status: { idea: 'Idé', planned: 'Planlagt', active: 'I gang', done: 'Afsluttet', paused: 'Sat på pause' },
  fields: {
    status: 'Status',
    lead: 'Ansvarlig',
    group: 'Projektgruppe',
    period: 'Periode',
    budget: 'Budget',
    ownFunding: 'Egenfinansiering',
    volunteerHours: 'Frivillige timer',
    funding: 'Finansiering',
    focusAreas: 'Indsatsområder',
  },
  actionPlan: {
    what: 'Hvad',
    who: 'Hvem',
    when: 'Hvornår',
    budget: 'Budget',
    funding: 'Finansiering',
    status: 'Status',
  },
  matrixInitiative: 'Initiativ',
  untitledInitiative: 'Initiativ uden titel',
  total: 'I alt',
  ticked: '✓ Ja',
  notTicked: '–',
  noInitiatives: 'Planen har endnu ingen initiativer.',
  noCatalogue: 'Planen er ikke knyttet til kommunens indsatsområder.',
  hours: (n) => `${formatNumber(n, 'da')} timer`,
  imageMissing: (alt) => (alt ? `[Billedet kunne ikke medtages: ${alt}]` : '[Billedet kunne ikke medtages]'),
  appendix: {
    heading: 'Bilag: Kommunens indsatsområder',
    intro: 'Planens initiativer er knyttet til indsatsområderne i denne politik:',
    areasIntro: 'Politikkens indsatsområder:',
    municipality: 'Kommune',
    title: 'Politik',
    adopted: 'Vedtaget',
    version: 'Version',
    goal: 'Fælles mål',
    source: 'Kilde',
    number: 'Nr.',
    focusArea: 'Indsatsområde',
    description: 'Beskrivelse',
  },
  cover: { villages: 'Landsbyer', municipality: 'Kommune', version: 'Version', date: 'Dato' },
  subject: 'Lokal udviklingsplan',
  reviewCopy: 'Kopi til gennemsyn',
  saveDialogTitle: 'Gem planen som Word-fil',
  savePdfDialogTitle: 'Gem planen som PDF',
}

const en: Labels = {
  toc: 'Contents',
  page: { before: 'Page ', between: ' of ' },
  status: { idea: 'Idea', planned: 'Planned', active: 'In progress', done: 'Completed', paused: 'Paused' },
  fields: {
    status: 'Status',
    lead: 'Lead',
    group: 'Project group',
    period: 'Period',
    budget: 'Budget',
    ownFunding: 'Own funding',
    volunteerHours: 'Volunteer hours',
    funding: 'Funding',
    focusAreas: 'Focus areas',
  },
  actionPlan: {
    what: 'What',
    who: 'Who',
    when: 'When',
    budget: 'Budget',
    funding: 'Funding',
    status: 'Status',
  },
  matrixInitiative: 'Initiative',
  untitledInitiative: 'Untitled initiative',
  total: 'Total',
  ticked: '✓ Yes',
  notTicked: '–',
  noInitiatives: 'The plan has no initiatives yet.',
  noCatalogue: "The plan is not linked to the municipality's focus areas.",
  hours: (n) => `${formatNumber(n, 'en')} hours`,
  imageMissing: (alt) =>
    alt ? `[The image could not be included: ${alt}]` : '[The image could not be included]',
  appendix: {
    heading: "Appendix: The municipality's focus areas",
    intro: "The plan's initiatives are linked to the focus areas of this policy:",
    areasIntro: "The policy's focus areas:",
    municipality: 'Municipality',
    title: 'Policy',
    adopted: 'Adopted',
    version: 'Version',
    goal: 'Shared goal',
    source: 'Source',
    number: 'No.',
    focusArea: 'Focus area',
    description: 'Description',
  },
  cover: { villages: 'Villages', municipality: 'Municipality', version: 'Version', date: 'Date' },
  subject: 'Local development plan',
  reviewCopy: 'Review copy',
  saveDialogTitle: 'Save the plan as a Word file',
  savePdfDialogTitle: 'Save the plan as a PDF',
}

export const LABELS: Record<Lang, Labels> = { da, en }

/** "12. marts 2026" / "12 March 2026", by hand for the same reason as shared/format/months.ts. */
export function longDate(d: Date, lang: Lang): string {
  const month = MONTH_NAMES[lang][d.getMonth()]
  return lang === 'da'
    ? `${d.getDate()}. ${month} ${d.getFullYear()}`
    : `${d.getDate()} ${month} ${d.getFullYear()}`
}
