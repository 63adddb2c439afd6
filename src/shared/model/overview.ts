import { z } from 'zod'
import { Catalogue } from './catalogue'
import { PlanKind } from './plan'
import type { DiffBlock } from './versions'

/** How a plan reached the overview: a .planvaerksted file, our own Word export with the plan
 * inside, or any other Word file read the way the import reads it. */
export const OverviewSource = z.enum(['package', 'docx-plan', 'docx-import'])
export type OverviewSource = z.infer<typeof OverviewSource>

/**
 * One plan in the consultant's overview collection, read-only. `doc` is the plan's skeleton (its
 * headings and initiatives only, see derive/overview/planSkeleton): everything the overview shows
 * is derived from it by the same functions the plan's own panels use, and the heavy text stays
 * out of the collection. `entryId` is the collection's own key: two councils may send plans with
 * the same plan id, and both are kept.
 */
export const OverviewEntry = z.object({
  entryId: z.string().regex(/^[a-z0-9-]{1,64}$/),
  /** The plan's id; a Word file read as an import has none and gets `word:<title>`. */
  planId: z.string().max(300),
  title: z.string().max(300),
  council: z.string().max(200),
  municipality: z.string().max(200),
  kind: PlanKind,
  villages: z.array(z.string().max(100)).max(50),
  versionLabel: z.string().max(100),
  /** The plan's own copy of its catalogue (for the upgrade differences against the chosen one). */
  catalogue: Catalogue.nullable(),
  doc: z.looseObject({ type: z.literal('doc'), content: z.array(z.unknown()).optional() }),
  source: OverviewSource,
  fileName: z.string().max(300),
  /** When the plan itself was last changed (its meta), '' when the file does not say. */
  planUpdatedAt: z.string().max(40),
  addedAt: z.string().max(40),
  /** What changed since the version this one replaced (initiatives only); null for a first add. */
  changes: z
    .object({
      previousAddedAt: z.string().max(40),
      blocks: z.array(z.unknown()),
    })
    .nullable(),
})
export type OverviewEntry = Omit<z.infer<typeof OverviewEntry>, 'changes' | 'doc'> & {
  doc: { type: 'doc'; content?: unknown[]; [k: string]: unknown }
  changes: { previousAddedAt: string; blocks: DiffBlock[] } | null
}

export const OVERVIEW_FORMAT_VERSION = 1
export const OverviewCollectionFile = z.object({
  formatVersion: z.number().int().min(1),
  entries: z.array(OverviewEntry).max(10_000),
})

/** A file that was not added, with the error that says why (shown as errors:reasons.<reason>). */
export type OverviewSkipped = { fileName: string; code: string; reason: string | null }

export type OverviewAddResult =
  | { status: 'cancelled' }
  | {
      status: 'added'
      added: { entryId: string; title: string }[]
      replaced: { entryId: string; title: string }[]
      skipped: OverviewSkipped[]
    }
