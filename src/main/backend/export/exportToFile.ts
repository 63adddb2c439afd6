import { realFs, type Fs } from '../store/fsFacade'
import { writeFileAtomic } from '../store/atomicWrite'
import { exportPlanToDocx, type ExportInput } from './index'

/**
 * Builds the .docx and writes it: a temp file beside the target, then a rename, so a failure (a
 * file open in Word, a full USB stick) leaves the old file as it was and no half file behind. The
 * bytes are complete before anything touches the disk. Errors arrive as AppError with a code the
 * renderer can put into words: file-locked, permission-denied, disk-full, read-only, io.
 */
export async function exportPlanToFile(input: ExportInput & { target: string; fs?: Fs }): Promise<void> {
  const bytes = await exportPlanToDocx(input)
  await writeFileAtomic(input.fs ?? realFs, input.target, bytes)
}
