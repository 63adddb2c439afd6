import { LABELS, type Labels } from '../export/docx/labels'
import type { InitiativeFields } from '../../../shared/document/initiative/initiativeNode'
import { INITIATIVE_STATUSES } from '../../../shared/document/initiative/status'
import { parseAmount } from '../../../shared/format/danishNumber'
import { MONTH_SHORT } from '../../../shared/format/months'
import type { ImportedNode } from './html/inline'

/** Our export writes its labels in Danish or English; an import accepts either. */
export const ALL_LABELS: Labels[] = Object.values(LABELS)

/** A node's text as our export laid it out: a tab between table cells, a newline for a break. */
export function textWithCellTabs(n: ImportedNode): string {
  if (n.type === 'text') return n.text ?? ''
  if (n.type === 'hardBreak') return '\n'
  return (n.content ?? []).map(textWithCellTabs).join(n.type === 'tableRow' || n.type === 'table' ? '\t' : '')
}

/** A cell's text as typed: the export divides long words with soft hyphens and keeps amounts and
 * months whole with no-break spaces, neither of which is the plan's own text. */
const cellText = (c: ImportedNode) =>
  textWithCellTabs(c)
    .replace(/\u00ad/g, '')
    .replace(/\u00a0/g, ' ')
    .trim()

export function rowsOf(table: ImportedNode): string[][] {
  return (table.content ?? []).map((r) => (r.content ?? []).map(cellText))
}

/** A table of details' rows without the header row the export gives it ("Oplysning | Indhold"). */
function detailRows(table: ImportedNode): string[][] {
  const rows = rowsOf(table)
  const first = rows[0] ?? []
  const isHeader = ALL_LABELS.some((l) => same(first, [l.keyValue.field, l.keyValue.value]))
  return isHeader ? rows.slice(1) : rows
}

export const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i])

function fieldLabels(l: Labels): string[] {
  const f = l.fields
  return [
    f.status,
    f.lead,
    f.group,
    f.period,
    f.budget,
    f.ownFunding,
    f.volunteerHours,
    f.funding,
    f.focusAreas,
  ]
}

/** The labels an initiative's field table was written with, when this table is one. */
export function initiativeLabels(table: ImportedNode): Labels | null {
  const rows = detailRows(table)
  if (rows.some((r) => r.length !== 2)) return null
  return (
    ALL_LABELS.find((l) =>
      same(
        rows.map((r) => r[0]),
        fieldLabels(l),
      ),
    ) ?? null
  )
}

const EMPTY = '–'
const orEmpty = (s: string) => (s === EMPTY ? '' : s)

/** Undoes formatKr: "1.250.000,50 kr." (da) or "DKK 1,250,000.50" (en); the export words English
 * amounts with DKK in front, so that says which way the separators go. */
export function parseKr(s: string): number | null {
  const read = parseAmount(s, 'kr', /DKK/.test(s) ? 'en' : 'da')
  return read.ok ? read.value : null
}

/** Undoes labels.hours: "1.200,5 timer" (da) or "1,200.5 hours" (en). */
export function parseHours(s: string): number | null {
  const read = parseAmount(s, 'hours', /hours/.test(s) ? 'en' : 'da')
  return read.ok ? read.value : null
}

// The short names the export wrote (shared/format/months.ts), in either language.
const MONTHS: Record<string, string> = {}
;[MONTH_SHORT.da, MONTH_SHORT.en].forEach((names) =>
  names.forEach((n, i) => (MONTHS[n.toLowerCase()] = String(i + 1).padStart(2, '0'))),
)

function parseMonth(s: string): string {
  const m = /^(\S+)\s+(\d{4})$/.exec(s.trim())
  const mm = m && MONTHS[m[1].toLowerCase()]
  return m && mm ? `${m[2]}-${mm}` : ''
}

/** Undoes formatMonthRange: "mar. 2027 – dec. 2027", "fra …", "til …", one month alone. */
export function parsePeriod(s: string): { start: string; end: string } {
  const t = orEmpty(s.trim())
  const from = /^(?:fra|from)\s+(.+)$/.exec(t)
  if (from) return { start: parseMonth(from[1]), end: '' }
  const to = /^(?:til|until)\s+(.+)$/.exec(t)
  if (to) return { start: '', end: parseMonth(to[1]) }
  const [a, b] = t.split(' – ')
  const start = parseMonth(a ?? '')
  return { start, end: b !== undefined ? parseMonth(b) : start }
}

/** An initiative's fields read back from its field table (initiativeNode makes the node); focus
 * areas come back as names. */
export function initiativeFromTable(title: string, table: ImportedNode, l: Labels) {
  const v = detailRows(table).map((r) => r[1])
  const status = INITIATIVE_STATUSES.find((s) => l.status[s] === v[0]) ?? 'idea'
  const fields: InitiativeFields = {
    title: ALL_LABELS.some((x) => x.untitledInitiative === title) ? '' : title,
    status,
    lead: orEmpty(v[1] ?? ''),
    group: orEmpty(v[2] ?? ''),
    ...parsePeriod(v[3] ?? ''),
    budget: parseKr(v[4] ?? ''),
    ownFundingKr: parseKr(v[5] ?? ''),
    volunteerHours: parseHours(v[6] ?? ''),
    fundingSources: orEmpty(v[7] ?? '') ? v[7].split(', ').filter(Boolean) : [],
    focusAreas: [],
  }
  const focusNames = orEmpty(v[8] ?? '') ? v[8].split('; ').filter(Boolean) : []
  return { fields, focusNames }
}

/** The action plan's header row, in either language. */
export function isActionPlanTable(table: ImportedNode): boolean {
  const head = rowsOf(table)[0] ?? []
  return ALL_LABELS.some((l) => {
    const h = l.actionPlan
    return same(head, [h.what, h.who, h.when, h.budget, h.funding, h.status])
  })
}

/** The focus matrix: "Initiativ" then focus areas, every body cell a tick in words or a dash. */
export function isFocusMatrixTable(table: ImportedNode): boolean {
  const rows = rowsOf(table)
  const head = rows[0] ?? []
  const l = ALL_LABELS.find((x) => x.matrixInitiative === head[0])
  if (!l || head.length < 2) return false
  return rows.slice(1).every((r) => r.slice(1).every((c) => c === l.ticked || c === l.notTicked))
}
