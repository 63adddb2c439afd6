import { basename, extname } from 'node:path'
import { AppError } from '../../../shared/model/errors'
import type { PlanSummary } from '../../../shared/model/plan'
import type { ImportReport } from '../../../shared/model/review'
import type { Backend } from '..'
import { errnoCode } from '../store/fsFacade'
import { toIoError } from '../store/ioError'
import { readFile, stat } from 'node:fs/promises'
import { DOCX_LIMITS } from './limits'
import { readDocx } from './readDocx'

type Deps = Pick<Backend, 'plans' | 'assets'>

/** Reads a file the user chose, refusing an over-large one before loading it into memory. */
export async function readUserFile(
  path: string,
  maxBytes: number = DOCX_LIMITS.maxFileBytes,
): Promise<Uint8Array> {
  try {
    const info = await stat(path)
    if (!info.isFile()) throw new AppError('not-a-docx', `${path} is not a file`, { kind: 'unknown' })
    if (info.size > maxBytes) throw new AppError('too-large', `${info.size} bytes`, { maxBytes })
    return new Uint8Array(await readFile(path))
  } catch (err) {
    if (err instanceof AppError) throw err
    if (errnoCode(err) === 'ENOENT') throw new AppError('not-found', `no file ${path}`)
    throw toIoError(err, `reading ${basename(path)}`)
  }
}

/**
 * A Word file as a new plan. Everything is converted and checked in memory first; only then is
 * the plan created, its images stored and its document saved, and a failure on the way removes
 * the half-made plan again, so an import either gives a whole plan or none.
 */
export async function importDocxAsPlan(
  backend: Deps,
  bytes: Uint8Array,
  fileName: string,
): Promise<{ plan: PlanSummary; report: ImportReport }> {
  const { doc, cover, images, report } = await readDocx(bytes)
  const firstHeading = (doc.content ?? []).find((n) => (n as { type?: string }).type === 'heading') as
    { content?: { text?: string }[] } | undefined
  const title =
    (
      cover.title ||
      firstHeading?.content?.map((t) => t.text ?? '').join('') ||
      basename(fileName, extname(fileName))
    )
      .trim()
      .slice(0, 200) || 'Importeret plan'
  const created = await backend.plans.create(
    {
      title,
      council: cover.council.slice(0, 200),
      kind: 'council',
      villages: cover.villages.map((v) => v.slice(0, 100)).slice(0, 50),
      municipality: cover.municipality.slice(0, 200),
      templateId: 'blank',
    },
    null,
    null,
  )
  try {
    for (const img of images) {
      await backend.assets.add({
        planId: created.id,
        fileName: img.name,
        data: Buffer.from(img.bytes).toString('base64'),
      })
    }
    const saved = await backend.plans.save({
      id: created.id,
      rev: created.rev,
      doc,
      meta: cover.versionLabel ? { versionLabel: cover.versionLabel.slice(0, 100) } : undefined,
    })
    const plan: PlanSummary = {
      id: created.id,
      title,
      council: created.meta.council,
      municipality: created.meta.municipality,
      updatedAt: saved.updatedAt,
      rev: saved.rev,
    }
    return { plan, report }
  } catch (err) {
    await backend.plans.delete(created.id).catch(() => undefined)
    throw err
  }
}
