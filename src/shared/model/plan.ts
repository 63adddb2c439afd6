import { z } from 'zod'
import { PlanId } from './ids'
import { Catalogue } from './catalogue'

export const PLAN_SCHEMA_VERSION = 1

export const PlanKind = z.enum(['council', 'cluster'])
export type PlanKind = z.infer<typeof PlanKind>

/** Everything about a plan that is not its text. The text (and every initiative in it) lives in
 * `doc`, the single source of truth. */
export const PlanMeta = z.object({
  title: z.string().trim().min(1).max(200),
  council: z.string().trim().max(200).default(''),
  kind: PlanKind.default('council'),
  villages: z.array(z.string().trim().min(1).max(100)).max(50).default([]),
  municipality: z.string().trim().max(200).default(''),
  templateId: z.string().max(64).default('blank'),
  versionLabel: z.string().max(100).default(''),
  /** The plan's own copy of the catalogue it is linked to, so it survives the catalogue's deletion. */
  catalogue: Catalogue.nullable().default(null),
  createdAt: z.string(),
  updatedAt: z.string(),
})
export type PlanMeta = z.infer<typeof PlanMeta>

/** A ProseMirror/TipTap JSON document. Its structure is checked against the schema by the backend. */
export const DocJSON = z.looseObject({
  type: z.literal('doc'),
  content: z.array(z.unknown()).optional(),
})
export type DocJSON = { type: 'doc'; content?: unknown[]; [k: string]: unknown }

export const PlanFile = z.object({
  schemaVersion: z.number().int().min(1),
  id: PlanId,
  rev: z.number().int().min(0),
  meta: PlanMeta,
  doc: DocJSON,
})
export type Plan = z.infer<typeof PlanFile>

export const PlanSummary = z.object({
  id: PlanId,
  title: z.string(),
  council: z.string(),
  municipality: z.string(),
  updatedAt: z.string(),
  rev: z.number(),
  /** The deadlines of the plan's applications still being written (kladde), kept with each save so
   * the home screen's "Næste frist" needs no plan opened (shared/derive/funding/draftDeadlines.ts). */
  deadlines: z.array(z.object({ name: z.string(), from: z.string(), date: z.string() })),
})
export type PlanSummary = z.infer<typeof PlanSummary>

/** A plan the library could not open: moved aside, so the user can be told which one and why. */
export const QuarantinedPlan = z.object({
  id: z.string(),
  title: z.string().nullable(),
  reason: z.enum(['unreadable', 'not-json', 'invalid', 'newer-version']),
  movedTo: z.string(),
  at: z.string(),
  /** The file could not be moved (a read-only folder, a full disk): it is still at movedTo, unchanged. */
  inPlace: z.boolean().optional(),
})
export type QuarantinedPlan = z.infer<typeof QuarantinedPlan>
