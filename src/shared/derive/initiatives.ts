import { statusHistoryOf } from '../document/initiative/statusHistory'
import type { DocJSON } from '../model/plan'
import { INITIATIVE_DEFAULTS, type InitiativeAttrs } from '../document/initiative/initiative'
import { isInitiativeStatus } from '../document/initiative/status'
import { FundApplicationSchema, type FundApplication } from '../document/initiative/application'
import { asNode, attrsOf, textOf, walk } from './docWalk'

export type InitiativeEntry = {
  /** 0-based order of the initiative in the document; the editor uses it to find the node again. */
  index: number
  /** Attributes with defaults filled in and wrong types replaced by defaults. */
  attrs: InitiativeAttrs
  /** Plain text of the description (the node's content). */
  descriptionText: string
  /** Text of the nearest heading above it, or null when none comes before it. */
  section: string | null
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/

const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '')
const month = (v: unknown) => (typeof v === 'string' && MONTH.test(v) ? v : '')
// Amounts keep their øre (at most two decimals, as the field reads them): rounding to whole kroner
// here made the action plan's total disagree with the cards.
const amount = (v: unknown) =>
  typeof v === 'number' && Number.isFinite(v) && v >= 0 ? Math.round(v * 100) / 100 : null
const strings = (v: unknown): string[] =>
  Array.isArray(v)
    ? [...new Set(v.filter((x): x is string => typeof x === 'string').map((x) => x.trim()))].filter(Boolean)
    : []

/** The applications that are whole; a hand-edited one that is not is left out, not guessed at
 * (checkDocument refuses such a file at the edge anyway). */
const applications = (v: unknown): FundApplication[] =>
  Array.isArray(v)
    ? v.flatMap((a) => {
        const parsed = FundApplicationSchema.safeParse(a)
        return parsed.success ? [parsed.data] : []
      })
    : []

/** Attributes as stored may be missing or hand-edited; every consumer gets the same clean view. */
export function normaliseInitiativeAttrs(raw: Record<string, unknown>): InitiativeAttrs {
  return {
    id: str(raw.id),
    title: str(raw.title),
    status: isInitiativeStatus(raw.status) ? raw.status : INITIATIVE_DEFAULTS.status,
    statusHistory: statusHistoryOf(raw.statusHistory),
    lead: str(raw.lead),
    group: str(raw.group),
    start: month(raw.start),
    end: month(raw.end),
    budget: amount(raw.budget),
    ownFundingKr: amount(raw.ownFundingKr),
    volunteerHours: amount(raw.volunteerHours),
    fundingSources: strings(raw.fundingSources),
    focusAreas: strings(raw.focusAreas),
    applications: applications(raw.applications),
  }
}

/** Every initiative in document order, with the heading it sits under. */
export function collectInitiatives(doc: DocJSON): InitiativeEntry[] {
  const out: InitiativeEntry[] = []
  let section: string | null = null
  const root = asNode(doc)
  if (!root) return out
  walk(root, (node) => {
    if (node.type === 'heading') {
      section = textOf(node).trim() || section
      return false
    }
    if (node.type === 'initiative') {
      out.push({
        index: out.length,
        attrs: normaliseInitiativeAttrs(attrsOf(node)),
        descriptionText: textOf(node).trim(),
        section,
      })
      return false
    }
  })
  return out
}

export type HeadingEntry = { index: number; text: string; level: number; focusAreas: string[] }

/** Every heading in document order; index is its 0-based order among headings. */
export function collectHeadings(doc: DocJSON): HeadingEntry[] {
  const out: HeadingEntry[] = []
  const root = asNode(doc)
  if (!root) return out
  walk(root, (node) => {
    if (node.type !== 'heading') return
    const attrs = attrsOf(node)
    const level = typeof attrs.level === 'number' ? attrs.level : 1
    out.push({ index: out.length, text: textOf(node).trim(), level, focusAreas: strings(attrs.focusAreas) })
    return false
  })
  return out
}

const NAME_MAX = 80

/**
 * What an initiative is listed as in the action plan and the focus-area matrix: its title, or the
 * first line of its description while it has no title; '' while it has neither.
 */
export function initiativeName(entry: InitiativeEntry): string {
  if (entry.attrs.title) return entry.attrs.title
  const line = entry.descriptionText.split('\n')[0]?.trim() ?? ''
  return line.length > NAME_MAX ? `${line.slice(0, NAME_MAX - 1).trimEnd()}…` : line
}

/**
 * The initiatives the action plan and the matrix list: those with a name. A card just added and
 * still blank stays out of both until something is written in it, rather than showing up at once
 * as "(uden titel)"; editor and Word export both derive from here, so they always agree.
 */
export function listedInitiatives(doc: DocJSON): InitiativeEntry[] {
  return collectInitiatives(doc).filter((e) => initiativeName(e) !== '')
}
