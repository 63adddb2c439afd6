import type { DiffBlock, DiffPart, FieldChange } from '../model/versions'
import type { Block } from './compareBlocks'

/** The fields a reader compares, in the card's order; the id is how we pair, never shown. */
export const INITIATIVE_FIELDS = [
  'title',
  'status',
  'lead',
  'group',
  'start',
  'end',
  'budget',
  'ownFundingKr',
  'volunteerHours',
  'fundingSources',
  'focusAreas',
] as const

const isEmpty = (v: unknown) =>
  v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0)

export const emptyAsNull = (v: unknown) => (isEmpty(v) ? null : v)

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(emptyAsNull(a)) === JSON.stringify(emptyAsNull(b))
}

/**
 * An initiative's block in the comparison: its title (words marked when it changed) and the
 * fields that differ; for an added or removed initiative, every field that has a value.
 */
export function initiativeChange(
  kind: 'added' | 'removed' | 'changed',
  before: Block | null,
  after: Block | null,
): DiffBlock {
  const a = before?.initiative?.attrs ?? {}
  const b = after?.initiative?.attrs ?? {}
  const fields: FieldChange[] = []
  for (const field of INITIATIVE_FIELDS) {
    if (same(a[field], b[field])) continue
    fields.push({
      field,
      before: isEmpty(a[field]) ? null : a[field],
      after: isEmpty(b[field]) ? null : b[field],
    })
  }
  const title = (after ?? before)?.text ?? ''
  const partKind: DiffPart['kind'] = kind === 'changed' ? 'same' : kind
  const parts = [{ kind: partKind, text: title }]
  return { kind, parts, initiative: { title, fields } }
}
