import { randomUUID } from 'node:crypto'
import { AppError } from '../../../shared/model/errors'
import type { Plan } from '../../../shared/model/plan'
import type { CompareSide, DocDiff } from '../../../shared/model/versions'
import { compareDocs } from '../../../shared/derive/compareDocs'
import type { Services } from '../index'

/** What restoring touches: the plan, its backups and versions, its images on disk. */
type Backend = Pick<Services, 'plans' | 'backups' | 'versions' | 'assets' | 'fs' | 'dataFolder'>
import { exists } from '../store/fsFacade'
import { writeFileAtomic } from '../store/atomicWrite'
import { referencedAssets } from '../packages/writePackage'

type Restored = Plan & { readOnly: boolean }

/** Puts an older state back as a new save; the state it replaces is kept as a generation first. */
async function replaceWith(backend: Backend, id: string, older: Plan, rev: number): Promise<Restored> {
  const current = await backend.plans.get(id)
  if (current.readOnly) throw new AppError('read-only', `plan ${id} was made by a newer version`)
  if (current.rev !== rev)
    throw new AppError('stale-rev', `plan ${id} is at rev ${current.rev}`, { rev: current.rev })
  const { readOnly: _ro, ...file } = current
  await backend.backups.record(file, { force: true })
  await backend.plans.replace(id, older, rev)
  return backend.plans.get(id)
}

export async function restoreBackup(
  backend: Backend,
  id: string,
  seq: number,
  rev: number,
): Promise<Restored> {
  const { plan } = await backend.backups.get(id, seq)
  return replaceWith(backend, id, plan, rev)
}

export async function restoreVersion(
  backend: Backend,
  input: { id: string; versionId: string; mode: 'replace' | 'newPlan'; rev: number },
): Promise<Restored> {
  const { plan, summary } = await backend.versions.get(input.id, input.versionId)
  if (input.mode === 'replace') return replaceWith(backend, input.id, plan, input.rev)
  const now = new Date().toISOString()
  const title = `${plan.meta.title} (${summary.name})`.slice(0, 200)
  const copy: Plan = {
    ...plan,
    id: randomUUID(),
    rev: 0,
    meta: { ...plan.meta, title, createdAt: now, updatedAt: now },
  }
  await copyAssets(backend, input.id, copy)
  await backend.plans.adopt(copy)
  return backend.plans.get(copy.id)
}

/** A new plan made from a version needs its images beside it. */
async function copyAssets(backend: Backend, fromId: string, to: Plan): Promise<void> {
  for (const name of referencedAssets([to.doc])) {
    const bytes = await backend.assets.readAsset(fromId, name).catch(() => null)
    const path = backend.assets.resolveAssetPath(to.id, name)
    if (!bytes || !path) continue
    await backend.fs.mkdir(backend.dataFolder.paths.assetsDir(to.id), { recursive: true })
    await writeFileAtomic(backend.fs, path, bytes)
  }
}

/**
 * Start-up recovery: a plan whose file was moved aside comes back from its newest good backup.
 * Only when no plan file is there now, so nothing is ever written over.
 */
export async function restoreFromBackup(backend: Backend, id: string): Promise<Restored> {
  if (await exists(backend.fs, backend.dataFolder.paths.file(id))) {
    throw new AppError(
      'invalid-input',
      `plan ${id} has a file; restore an older state from its backups instead`,
    )
  }
  const newest = await backend.backups.newestGood(id)
  if (!newest) throw new AppError('not-found', `no readable backup of plan ${id}`)
  await backend.plans.adopt(newest.plan)
  await backend.plans.dismissQuarantined(id)
  return backend.plans.get(id)
}

export async function compareStates(
  backend: Backend,
  id: string,
  from: CompareSide,
  to: CompareSide,
): Promise<DocDiff> {
  const docOf = async (side: CompareSide) =>
    side === 'current' ? (await backend.plans.get(id)).doc : (await backend.versions.get(id, side)).plan.doc
  return compareDocs(await docOf(from), await docOf(to))
}
