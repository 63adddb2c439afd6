import { AppError } from '../../../shared/model/errors'
import type { Fs } from './fsFacade'
import { errnoCode } from './fsFacade'

/** What Windows answers while an antivirus scanner or the search indexer briefly holds a file. */
const HELD = new Set(['EPERM', 'EBUSY', 'EACCES'])

/** A save waits a few seconds at most (VS Code waits up to a minute; an autosave need not). */
export const RENAME_RETRY_MS = 3000

/**
 * fs.rename, tried again with growing pauses while the target is held by another program, for at
 * most `budgetMs`. Still held after that: 'file-locked' (the user can close the other program);
 * any other error is passed on at once.
 */
export async function renameWithRetry(
  fs: Fs,
  from: string,
  to: string,
  budgetMs = RENAME_RETRY_MS,
): Promise<void> {
  const started = Date.now()
  for (let pause = 20; ; pause = Math.min(pause * 2, 500)) {
    try {
      await fs.rename(from, to)
      return
    } catch (err) {
      const errno = errnoCode(err)
      if (!errno || !HELD.has(errno)) throw err
      if (Date.now() - started + pause > budgetMs) throw await stillHeld(fs, to, errno, err)
      await new Promise((r) => setTimeout(r, pause))
    }
  }
}

/**
 * EBUSY is a held file. EPERM/EACCES is one too when there is a file to replace (Windows refuses to
 * replace a file another program has open); with nothing at the target it is a real permissions
 * problem, and is passed on as such.
 */
async function stillHeld(fs: Fs, to: string, errno: string, err: unknown): Promise<unknown> {
  if (errno !== 'EBUSY') {
    const target = await fs.stat(to).then(
      () => true,
      (e: unknown) => errnoCode(e) !== 'ENOENT',
    )
    if (!target) return err
  }
  return new AppError(
    'file-locked',
    `${to} is held by another program (${errno}) and could not be replaced`,
    {
      errno,
    },
  )
}
