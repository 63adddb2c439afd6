import { basename, extname } from 'node:path'
import { summary as summaryOfPlan } from '../plans/planSummary'
import { AppError } from '../../../shared/model/errors'
import { randomUUID } from 'node:crypto'
import { PLAN_SCHEMA_VERSION, PlanFile, type Plan, type PlanSummary } from '../../../shared/model/plan'
import type { ImportReport } from '../../../shared/model/review'
import type { Services } from '..'
import { errnoCode } from '../store/fsFacade'
import { toIoError } from '../store/ioError'
import { readFile, stat } from 'node:fs/promises'
import { DOCX_LIMITS } from './limits'
import type { ReadDocxResult } from './readDocx'
import { runDocxTask } from './worker/runDocxTask'
import { stageAssets } from '../assets/stagedAssets'
import { t } from '../../../shared/i18n/translate'

type Deps = Pick<Services, 'plans' | 'fs' | 'dataFolder' | 'assets' | 'settings'>

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
    // The chosen file, not a plan: its own reason, so the user is never told "the plan no longer exists".
    if (errnoCode(err) === 'ENOENT')
      throw new AppError('not-found', `no file ${path}`, { reason: 'file-missing' })
    throw toIoError(err, `reading ${basename(path)}`)
  }
}

/**
 * A Word file as a new plan, whole or not at all. Everything is converted and checked in memory,
 * the plan is built complete (text, cover fields, images), its images are written under a fresh
 * id, and then the plan file is written once, by the store's adopt. Until that write nothing is
 * listed; a failure before or in it removes exactly the images this import wrote. A crash half way
 * leaves at most an image folder without a plan, never an empty plan. The file is read in a worker
 * thread with a deadline (runDocxTask), off the main process's event loop.
 */
export async function importDocxAsPlan(
  backend: Deps,
  bytes: Uint8Array,
  fileName: string,
  read: (bytes: Uint8Array) => Promise<ReadDocxResult> = (b) => runDocxTask('readDocx', b),
): Promise<{ plan: PlanSummary; report: ImportReport }> {
  const { doc, cover, images, report, details } = await read(bytes)
  const firstHeading = (doc.content ?? []).find((n) => (n as { type?: string }).type === 'heading') as
    { content?: { text?: string }[] } | undefined
  const title =
    (
      cover.title ||
      firstHeading?.content?.map((t) => t.text ?? '').join('') ||
      basename(fileName, extname(fileName))
    )
      .trim()
      .slice(0, 200) || t((await backend.settings.get()).language, 'import:untitledPlan')
  const now = new Date().toISOString()
  const plan: Plan = PlanFile.parse({
    schemaVersion: PLAN_SCHEMA_VERSION,
    id: randomUUID(),
    rev: 0,
    meta: {
      title,
      council: cover.council.trim().slice(0, 200),
      // From the file's plan part when the plan came back whole; PlanFile.parse checks them.
      kind: details?.kind ?? 'council',
      villages: cover.villages
        .map((v) => v.trim().slice(0, 100))
        .filter(Boolean)
        .slice(0, 50),
      municipality: cover.municipality.trim().slice(0, 200),
      templateId: details?.templateId ?? 'blank',
      versionLabel: cover.versionLabel.slice(0, 100),
      catalogue: details?.catalogue ?? null,
      createdAt: now,
      updatedAt: now,
    },
    doc,
  })
  const staged = await stageAssets(backend, plan.id, new Map(images.map((i) => [i.name, i.bytes])))
  let adopted: Plan
  try {
    adopted = await backend.plans.adopt(plan)
  } catch (err) {
    await staged.remove()
    throw err
  }
  const summary: PlanSummary = summaryOfPlan(adopted)
  return { plan: summary, report }
}
