import { AppError } from '../../../shared/model/errors'
import { realFs, type Fs } from '../store/fsFacade'
import { writeFileAtomic } from '../store/atomicWrite'
import type { ExportNotice } from '../../../shared/model/exportNotice'
import { exportPlanToDocx, type ExportInput } from './index'

/**
 * Builds the .docx and writes it: a temp file beside the target, then a rename, so a failure (a
 * file open in Word, a full USB stick) leaves the old file as it was and no half file behind. The
 * bytes are complete before anything touches the disk. Errors arrive as AppError with a code the
 * renderer can put into words: file-locked, permission-denied, disk-full, read-only, io. What the
 * file lacks (a picture left out, one without alt text) comes back as notices.
 */
export async function exportPlanToFile(
  input: ExportInput & { target: string; fs?: Fs },
): Promise<{ notices: ExportNotice[] }> {
  const fs = input.fs ?? realFs
  const notices: ExportNotice[] = []
  const bytes = await exportPlanToDocx({ ...input, notices })
  try {
    await writeFileAtomic(fs, input.target, bytes)
  } catch (err) {
    throw await explainLockedTarget(fs, input.target, err)
  }
  return { notices }
}

/**
 * On Windows, replacing a .docx that is open in Word fails with EPERM (or EACCES), which would
 * otherwise read as "not allowed to write in the folder". When the temp file could be written but
 * the existing target could not be replaced, the likeliest cause by far is that Word holds it.
 */
async function explainLockedTarget(fs: Fs, target: string, err: unknown): Promise<unknown> {
  if (!(err instanceof AppError) || err.code !== 'permission-denied') return err
  if ((err.details as { stage?: string } | undefined)?.stage !== 'rename') return err
  const exists = await fs.stat(target).then(
    () => true,
    () => false,
  )
  return exists ? new AppError('file-locked', err.message, err.details) : err
}
