import { randomUUID } from 'node:crypto'
import { dirname } from 'node:path'
import type { Plan, PlanSummary } from '../../../shared/model/plan'
import { AppError } from '../../../shared/model/errors'
import type { Backend } from '../index'
import { writeFileAtomic } from '../store/atomicWrite'
import { exists } from '../store/fsFacade'
import type { VersionFile } from '../backups/snapshotFiles'
import { referencedAssets, writePackage, type PackageContent } from './writePackage'
import { readPackage } from './readPackage'

export type ImportMode = 'copy' | 'replace'
export type ImportedPlan = { plan: PlanSummary; mode: 'new' | ImportMode }

/** Gathers one plan, its images and (if asked) its named versions into a package's bytes. */
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
    const bytes = await backend.readAsset(id, name).catch(() => null)
    if (bytes) assets.set(name, bytes)
  }
  return writePackage({ plan: file, assets, versions }, appVersion)
}

export type CheckedPackage = ReturnType<typeof readPackage> & { existingTitle: string | null }

/** Reads and checks a package; tells whether a plan with its id is already here. */
export async function inspectPackage(backend: Backend, bytes: Uint8Array): Promise<CheckedPackage> {
  const pkg = readPackage(bytes)
  const existing = await backend.plans.get(pkg.plan.id).catch(() => null)
  return { ...pkg, existingTitle: existing ? existing.meta.title : null }
}

/**
 * Brings a checked package in. A plan that is not here yet keeps its id; one that is here is
 * either copied (new id, "(kopi)") or replaced, and then its current state is kept as a backup
 * generation first. Images go in before the plan, so the plan never points at a missing image.
 */
export async function applyPackage(
  backend: Backend,
  pkg: CheckedPackage,
  mode: ImportMode,
): Promise<ImportedPlan> {
  const here = await backend.plans.get(pkg.plan.id).catch(() => null)
  if (here && mode === 'replace') {
    await writeAssets(backend, pkg.plan.id, pkg)
    await backend.backups.record(here, { force: true })
    const { readOnly: _ro, ...current } = here
    await backend.plans.replace(here.id, pkg.plan, current.rev)
    await backend.updateMeta(here.id, { catalogue: pkg.plan.meta.catalogue })
    await addVersions(backend, here.id, pkg.versions)
    return { plan: summaryOf(await backend.plans.get(here.id)), mode: 'replace' }
  }
  const now = new Date().toISOString()
  const id = here ? randomUUID() : pkg.plan.id
  const plan: Plan = here
    ? {
        ...pkg.plan,
        id,
        rev: 0,
        meta: {
          ...pkg.plan.meta,
          title: `${pkg.plan.meta.title.slice(0, 190)} (kopi)`,
          createdAt: now,
          updatedAt: now,
        },
      }
    : pkg.plan
  try {
    await writeAssets(backend, id, pkg)
    await backend.plans.adopt(plan)
  } catch (err) {
    // Nothing half-imported stays behind: the images of a plan that did not arrive go again.
    const folder = backend.resolveAssetPath(id, [...pkg.assets.keys()][0] ?? '')
    if (folder)
      await backend.fs.rm(dirname(dirname(folder)), { recursive: true, force: true }).catch(() => undefined)
    throw err
  }
  await addVersions(backend, id, pkg.versions)
  return { plan: summaryOf(plan), mode: here ? 'copy' : 'new' }
}

async function writeAssets(backend: Backend, id: string, pkg: PackageContent): Promise<void> {
  for (const [name, bytes] of pkg.assets) {
    const path = backend.resolveAssetPath(id, name)
    if (!path) throw new AppError('unsafe-file', `asset name ${name} refused`)
    if (await exists(backend.fs, path)) continue
    await backend.fs.mkdir(dirname(path), { recursive: true })
    await writeFileAtomic(backend.fs, path, bytes)
  }
}

async function addVersions(backend: Backend, id: string, versions: VersionFile[]): Promise<void> {
  const have = new Set((await backend.versions.list(id)).map((v) => `${v.name}\n${v.createdAt}`))
  for (const v of versions) {
    if (have.has(`${v.name}\n${v.createdAt}`)) continue
    await backend.versions.create({ ...v.plan, id }, v.name, v.createdAt)
  }
}

function summaryOf(p: Plan): PlanSummary {
  const { id, rev, meta } = p
  return {
    id,
    rev,
    title: meta.title,
    council: meta.council,
    municipality: meta.municipality,
    updatedAt: meta.updatedAt,
  }
}
