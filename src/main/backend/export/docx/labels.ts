import type { InitiativeStatus } from '../../../../shared/document/initiative/status'
import { formatNumber, type Lang } from '../../../../shared/derive/format'
import { formatDay } from '../../../../shared/format/dates'
import { t, type TextKey, type TextVars } from '../../../../shared/i18n/translate'

/** The words the export itself writes (not the plan's own text), in the shape the export and the
 * import (which recognises our own exports) use them. */
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
  /** Above the matrix when its columns are headed by the focus areas' numbers. */
  matrixKey: string
  /** The header of a two-column table of labelled details (an initiative's fields, the catalogue). */
  keyValue: { field: string; value: string }
  /** Each composed table's alt text. */
  captions: {
    actionPlan: string
    matrix: string
    initiative: (title: string) => string
    source: string
    areas: string
  }
  untitledInitiative: string
  keyFigures: { unreadable: string; name: string }
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
  meeting: {
    heading: string
    intro: (date: string) => string
    ideasCaption: string
    number: string
    idea: string
    section: string
    dots: string
    inPlan: string
    yes: string
    merged: (ideas: string) => string
    groupsIntro: string
    intoPlanIntro: string
    nothingInPlan: string
    hidden: (n: number) => string
    voters: (n: number) => string
  }
  cover: { villages: string; municipality: string; version: string; date: string }
  subject: string
  reviewCopy: string
  saveDialogTitle: string
}

/** The export's words, from the same locale files as the editor: a status, a field or a column of
 * the action plan is worded as the council saw it on screen (focus.json); the words only the
 * document has (contents, cover, appendix) are in wordExport.json. */
function labelsIn(lang: Lang): Labels {
  const w = (key: TextKey, vars?: TextVars) => t(lang, key, vars)
  return {
    toc: w('wordExport:toc'),
    page: { before: w('wordExport:page.before'), between: w('wordExport:page.between') },
    status: {
      idea: w('focus:status.idea'),
      planned: w('focus:status.planned'),
      active: w('focus:status.active'),
      done: w('focus:status.done'),
      paused: w('focus:status.paused'),
    },
    fields: {
      status: w('focus:initiative.status'),
      lead: w('focus:initiative.lead'),
      group: w('focus:initiative.group'),
      period: w('wordExport:period'),
      budget: w('focus:initiative.budget'),
      ownFunding: w('focus:initiative.ownFunding'),
      volunteerHours: w('focus:initiative.volunteerHours'),
      funding: w('focus:initiative.funding'),
      focusAreas: w('focus:initiative.focusAreas'),
    },
    actionPlan: {
      what: w('focus:actionPlan.what'),
      who: w('focus:actionPlan.who'),
      when: w('focus:actionPlan.when'),
      budget: w('focus:actionPlan.budget'),
      funding: w('focus:actionPlan.funding'),
      status: w('focus:actionPlan.status'),
    },
    matrixInitiative: w('focus:matrix.initiative'),
    matrixKey: w('wordExport:matrixKey'),
    keyValue: { field: w('wordExport:keyValue.field'), value: w('wordExport:keyValue.value') },
    captions: {
      actionPlan: w('wordExport:captions.actionPlan'),
      matrix: w('wordExport:captions.matrix'),
      initiative: (title) => w('wordExport:captions.initiative', { title }),
      source: w('wordExport:captions.source'),
      areas: w('wordExport:captions.areas'),
    },
    untitledInitiative: w('wordExport:untitledInitiative'),
    keyFigures: { unreadable: w('wordExport:keyFigures.unreadable'), name: w('editor:keyFigures.alt.name') },
    total: w('focus:actionPlan.total'),
    ticked: w('wordExport:ticked'),
    notTicked: '–',
    noInitiatives: w('wordExport:noInitiatives'),
    noCatalogue: w('wordExport:noCatalogue'),
    hours: (n) => w('wordExport:hours', { hours: formatNumber(n, lang) }),
    imageMissing: (alt) => (alt ? w('wordExport:imageMissing', { alt }) : w('wordExport:imageMissingNoAlt')),
    appendix: {
      heading: w('wordExport:appendix.heading'),
      intro: w('wordExport:appendix.intro'),
      areasIntro: w('wordExport:appendix.areasIntro'),
      municipality: w('wordExport:appendix.municipality'),
      title: w('wordExport:appendix.title'),
      adopted: w('focus:fields.adopted'),
      version: w('focus:fields.version'),
      goal: w('focus:fields.goal'),
      source: w('focus:fields.source'),
      number: w('wordExport:appendix.number'),
      focusArea: w('wordExport:appendix.focusArea'),
      description: w('wordExport:appendix.description'),
    },
    meeting: {
      heading: w('wordExport:meetingAppendix.heading'),
      intro: (date) => w('wordExport:meetingAppendix.intro', { date }),
      ideasCaption: w('wordExport:meetingAppendix.ideasCaption'),
      number: w('wordExport:meetingAppendix.number'),
      idea: w('wordExport:meetingAppendix.idea'),
      section: w('wordExport:meetingAppendix.section'),
      dots: w('wordExport:meetingAppendix.dots'),
      inPlan: w('wordExport:meetingAppendix.inPlan'),
      yes: w('wordExport:meetingAppendix.yes'),
      merged: (ideas) => w('wordExport:meetingAppendix.merged', { ideas }),
      groupsIntro: w('wordExport:meetingAppendix.groupsIntro'),
      intoPlanIntro: w('wordExport:meetingAppendix.intoPlanIntro'),
      nothingInPlan: w('wordExport:meetingAppendix.nothingInPlan'),
      hidden: (count) => w('wordExport:meetingAppendix.hidden', { count }),
      voters: (count) => w('wordExport:meetingAppendix.voters', { count }),
    },
    cover: {
      villages: w('wordExport:cover.villages'),
      municipality: w('wordExport:cover.municipality'),
      version: w('wordExport:cover.version'),
      date: w('wordExport:cover.date'),
    },
    subject: w('wordExport:subject'),
    reviewCopy: w('export:reviewCopy'),
    saveDialogTitle: w('export:title'),
  }
}

export const LABELS: Record<Lang, Labels> = { da: labelsIn('da'), en: labelsIn('en') }

/** The cover's date: "12. marts 2026" / "12 March 2026", as the rest of the app writes a day. */
export function longDate(d: Date, lang: Lang): string {
  return formatDay(d, lang)
}
