import { randomUUID } from 'node:crypto'
import { summary as summaryOf } from '../plans/planSummary'
import type { Plan, PlanSummary } from '../../../shared/model/plan'
import { AppError } from '../../../shared/model/errors'
import type { Services } from '../index'

/** What a package touches: the plan, its images, versions and backups, and the user's language. */
type Backend = Pick<Services, 'plans' | 'assets' | 'versions' | 'backups' | 'settings' | 'fs' | 'dataFolder'>
import type { VersionFile } from '../backups/snapshotFiles'
import { referencedAssets, writePackage } from './writePackage'
import { readPackage } from './readPackage'
import { idOccupant } from './idOccupant'
import { stageAssets } from '../assets/stagedAssets'
import { copyTitle } from './copyTitle'

export type ImportMode = 'copy' | 'replace'
export type ImportedPlan = { plan: PlanSummary; mode: 'new' | ImportMode }

/**
 * Gathers one plan, its images and (if asked) its named versions into a package's bytes, and reads
 * them back with the importer's own checks before anyone saves them: the app never writes a plan
 * file that it (or the next laptop) would refuse. Such a refusal is told here, with its reason.
 */
export async function packPlan(backend: Backend, id: string, includeVersions: boolean, appVersion: string) {
  const plan = await backend.plans.get(id)
  const { readOnly: _readOnly, ...file } = plan
  const versions: VersionFile[] = []
  if (includeVersions) {
    for (const v of await backend.versions.list(id)) {
      const { plan: vPlan, summary } = await backend.versions.get(id, v.id)
      versions.push({
        kind: 'version',
        id: summary.id,
        name: summary.name,
        createdAt: summary.createdAt,
        plan: vPlan,
      })
    }
  }
  const assets = new Map<string, Uint8Array>()
  for (const name of referencedAssets([file.doc, ...versions.map((v) => v.plan.doc)])) {
    // A missing image is left out rather than stopping the whole export; the plan still opens.
    // Any other failure to read one is a failed export, never a silently thinner package.
    const bytes = await backend.assets.readAsset(id, name).catch((err: unknown) => {
      if (err instanceof AppError && err.code === 'not-found') return null
      throw err
    })
    if (bytes) assets.set(name, bytes)
  }
  const bytes = writePackage({ plan: file, assets, versions }, appVersion)
  selfCheck(bytes)
  return bytes
}

function selfCheck(bytes: Uint8Array): void {
  try {
    readPackage(bytes)
  } catch (err) {
    if (!(err instanceof AppError)) throw err
    const cause = (err.details as { reason?: unknown; part?: unknown } | undefined) ?? {}
    const why = `the package would be refused on import: ${err.message}`
    if (cause.reason === 'size' || cause.reason === 'entries' || cause.reason === 'ratio')
      throw new AppError('too-large', why, { reason: 'export-too-large', cause: cause.reason })
    if (cause.reason === 'package-image-invalid')
      throw new AppError('invalid-file', why, { reason: 'export-image-damaged', part: cause.part })
    throw new AppError('invalid-file', why, { reason: 'export-unreadable', cause: cause.reason })
  }
}

export type CheckedPackage = ReturnType<typeof readPackage> & { existingTitle: string | null }

/** Reads and checks a package; tells whether a plan with its id is already here. */
export async function inspectPackage(backend: Backend, bytes: Uint8Array): Promise<CheckedPackage> {
  const pkg = readPackage(bytes)
  const here = await idOccupant(backend, pkg.plan.id)
  return { ...pkg, existingTitle: here.kind === 'plan' ? here.plan.meta.title : null }
}

/** Ids an import is bringing in right now, per backend (keyed by its one plan store): the same
 * package twice at once must not see the id as free twice. */
const importing = new WeakMap<Backend['plans'], Set<string>>()

/**
 * Brings a checked package in. Who holds its id is decided before anything is written:
 * - nobody: the plan keeps its id;
 * - a plan here: copied (new id, "(kopi fra 3. dec.)": copyTitle.ts) or, when asked, replaced after its current state is kept
 *   as a backup generation (never a plan from a newer app, which this one cannot write);
 * - something this app cannot open (a set-aside or newer plan, its leftover images): copied, and
 *   that plan's files are left exactly as they are;
 * - another import of the same id, still running: refused.
 * Images go in before the plan, so the plan never points at a missing image; if the plan does not
 * arrive, exactly the images this import wrote go again.
 */
export async function applyPackage(
  backend: Backend,
  pkg: CheckedPackage,
  mode: ImportMode,
): Promise<ImportedPlan> {
  const ids = importing.get(backend.plans) ?? new Set<string>()
  importing.set(backend.plans, ids)
  const id = pkg.plan.id
  if (ids.has(id))
    throw new AppError('invalid-file', `plan ${id} is being imported already`, {
      reason: 'import-in-progress',
    })
  ids.add(id)
  try {
    return await applyClaimed(backend, pkg, mode)
  } finally {
    ids.delete(id)
  }
}

async function applyClaimed(backend: Backend, pkg: CheckedPackage, mode: ImportMode): Promise<ImportedPlan> {
  const here = await idOccupant(backend, pkg.plan.id)
  if (mode === 'replace' && here.kind === 'plan') return replacePlan(backend, here.plan, pkg)
  if (mode === 'replace' && here.kind === 'other')
    throw new AppError('invalid-file', `plan id ${pkg.plan.id} is taken by ${here.what}`, {
      reason: 'plan-id-taken',
    })

  const asCopy = here.kind !== 'free'
  const plan: Plan = asCopy ? await asNewCopy(backend, pkg.plan) : pkg.plan
  const staged = await stageAssets(backend, plan.id, pkg.assets)
  try {
    await backend.plans.adopt(plan)
  } catch (err) {
    await staged.remove()
    throw err
  }
  await addVersions(backend, plan.id, pkg.versions)
  return { plan: summaryOf(plan), mode: asCopy ? 'copy' : 'new' }
}

/** The package's plan under a new id and a name that says it is a copy and from when. */
async function asNewCopy(backend: Backend, plan: Plan): Promise<Plan> {
  const at = new Date()
  const { language } = await backend.settings.get()
  const titles = (await backend.plans.list()).plans.map((p) => p.title)
  const now = at.toISOString()
  return {
    ...plan,
    id: randomUUID(),
    rev: 0,
    meta: {
      ...plan.meta,
      title: copyTitle(plan.meta.title, titles, language, at),
      createdAt: now,
      updatedAt: now,
    },
  }
}

async function replacePlan(
  backend: Backend,
  here: Plan & { readOnly: boolean },
  pkg: CheckedPackage,
): Promise<ImportedPlan> {
  if (here.readOnly)
    throw new AppError('read-only', `plan ${here.id} is from a newer app and cannot be replaced`, {
      reason: 'replace-newer-plan',
    })
  const staged = await stageAssets(backend, here.id, pkg.assets)
  try {
    await backend.backups.record(here, { force: true })
    await backend.plans.replace(here.id, pkg.plan, here.rev)
  } catch (err) {
    await staged.remove()
    throw err
  }
  await backend.plans.updateMeta(here.id, { catalogue: pkg.plan.meta.catalogue })
  await addVersions(backend, here.id, pkg.versions)
  return { plan: summaryOf(await backend.plans.get(here.id)), mode: 'replace' }
}

async function addVersions(backend: Backend, id: string, versions: VersionFile[]): Promise<void> {
  const have = new Set((await backend.versions.list(id)).map((v) => `${v.name}\n${v.createdAt}`))
  for (const v of versions) {
    if (have.has(`${v.name}\n${v.createdAt}`)) continue
    await backend.versions.create({ ...v.plan, id }, v.name, v.createdAt)
  }
}
