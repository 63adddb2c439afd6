import { PLAN_SCHEMA_VERSION, PlanFile, type Plan } from '../../../shared/model/plan'
import { checkDocument } from '../../../shared/document/validate'
import { AppError } from '../../../shared/model/errors'
import type { Codec } from '../store/jsonFileAdapter'

/** A plan as the store holds it: the file plus whether this version of the app may write it. */
export type LoadedPlan = { plan: Plan; readOnly: boolean }

/** Thrown for a plan from a newer Planværksted that this version cannot even read: it is left
 * where it is (the newer app can still open it) and reported. */
export function newerVersionError(schemaVersion: number): AppError {
  return new AppError(
    'read-only',
    `plan schema version ${schemaVersion} is newer than ${PLAN_SCHEMA_VERSION}`,
    {
      newerVersion: schemaVersion,
    },
  )
}

/**
 * Reads a plan file. A plan from a newer version of the app opens read-only (never rewritten, so
 * fields this version does not know survive); one this version wrote must match the schema and its
 * document must pass the document schema, or it is not handed to the editor at all.
 */
export function planCodec(expectedId: string): Codec<LoadedPlan> {
  return {
    decode(value) {
      const version = (value as { schemaVersion?: unknown } | null)?.schemaVersion
      if (typeof version === 'number' && version > PLAN_SCHEMA_VERSION) {
        const parsed = PlanFile.safeParse(value)
        if (!parsed.success) throw newerVersionError(version)
        return { plan: parsed.data, readOnly: true }
      }
      const plan = PlanFile.parse(value)
      if (plan.id !== expectedId) throw new Error(`file holds plan ${plan.id}, expected ${expectedId}`)
      // Written by this app: duplicate initiative ids from before they were refused still open
      // (the editor re-ids the copy as it opens); everything else must pass as at a save.
      const check = checkDocument(plan.doc, { allowDuplicateIds: true })
      if (!check.ok) throw new Error(`document does not fit the schema: ${check.reason}`)
      return { plan, readOnly: false }
    },
    encode: (data) => data.plan,
  }
}
