import { z } from 'zod'
import { SafeId } from './ids'

/** One rolling backup generation of a plan, as listed (the plan itself is fetched on demand). */
export type BackupSummary = {
  /** Orders generations: higher is newer. Never derived from file times, which laptops get wrong. */
  seq: number
  savedAt: string
  rev: number
  title: string
}

/** A named version ("Sendt til kommunen 12. marts"), a snapshot the user chose to keep. */
export type VersionSummary = {
  id: string
  name: string
  createdAt: string
  rev: number
  title: string
}

export const VersionId = SafeId.regex(/^v-[0-9]{6,12}$/, 'invalid version id')
export const VersionName = z.string().trim().min(1).max(120)

/** Which state a comparison side is: a named version or the plan as it is now. */
export const CompareSide = z.union([z.literal('current'), VersionId])
export type CompareSide = z.infer<typeof CompareSide>

/** One piece of compared text: kept, added (only in the newer side) or removed (only in the older). */
export type DiffPart = { kind: 'same' | 'added' | 'removed'; text: string }
/** One field of an initiative that differs between the two sides (raw values; the view words them). */
export type FieldChange = { field: string; before: unknown; after: unknown }
/**
 * One block (paragraph, heading, list item ...) of the comparison, with its words marked. An
 * initiative's fields come as `initiative`: its title and the fields that differ (for an added or
 * removed initiative, every field it has), so the view can say "Budget: 100.000 kr. → 125.000 kr."
 */
export type DiffBlock = {
  kind: 'same' | 'added' | 'removed' | 'changed'
  parts: DiffPart[]
  initiative?: { title: string; fields: FieldChange[] }
}
export type DocDiff = { blocks: DiffBlock[]; added: number; removed: number }
