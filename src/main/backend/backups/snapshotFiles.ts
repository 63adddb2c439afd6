import { z } from 'zod'
import { PlanFile, type Plan } from '../../../shared/model/plan'
import { checkDocument } from '../../../shared/document/validate'
import { AppError } from '../../../shared/model/errors'
import type { Fs } from '../store/fsFacade'
import { errnoCode } from '../store/fsFacade'
import { toIoError } from '../store/ioError'

export const GenerationFile = z.object({
  kind: z.literal('backup'),
  seq: z.number().int().min(1),
  savedAt: z.string(),
  plan: PlanFile,
})
export type GenerationFile = z.infer<typeof GenerationFile>

export const VersionFile = z.object({
  kind: z.literal('version'),
  id: z.string().regex(/^v-[0-9]{6,12}$/),
  name: z.string().min(1).max(120),
  createdAt: z.string(),
  plan: PlanFile,
})
export type VersionFile = z.infer<typeof VersionFile>

/** Reads and checks a snapshot file; null when it is missing or cannot be trusted (a snapshot that
 * does not validate is skipped, never offered for restoring). */
export async function readSnapshot<T extends { plan: Plan }>(
  fs: Fs,
  path: string,
  schema: z.ZodType<T>,
): Promise<T | null> {
  let raw: string
  try {
    raw = await fs.readFile(path, 'utf8')
  } catch (err) {
    if (errnoCode(err) === 'ENOENT') return null
    throw toIoError(err, `reading ${path}`)
  }
  try {
    const parsed = schema.safeParse(JSON.parse(raw))
    if (!parsed.success || !checkDocument(parsed.data.plan.doc, { allowDuplicateIds: true }).ok) return null
    return parsed.data
  } catch {
    return null
  }
}

/** Lists a folder, treating a missing one as empty. */
export async function listNames(fs: Fs, dir: string): Promise<string[]> {
  try {
    return await fs.readdir(dir)
  } catch (err) {
    if (errnoCode(err) === 'ENOENT') return []
    throw toIoError(err, `listing ${dir}`)
  }
}

export function notFound(what: string): AppError {
  return new AppError('not-found', what)
}
