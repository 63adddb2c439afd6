import type { Fs } from './fsFacade'
import { toIoError } from './ioError'

export type Move = { from: string; to: string }

/**
 * Renames each file or folder in order, all or none: when one fails, the ones already moved are
 * moved back, last first, and the first failure is thrown. Renames inside one data folder, so each
 * is atomic and undoing one is a rename too. Should an undo fail as well (the disk went away), that
 * part stays where it was moved to, nothing is deleted, and the failure is logged with both paths.
 */
export async function moveTogether(fs: Fs, moves: Move[], what: string): Promise<void> {
  const done: Move[] = []
  for (const move of moves) {
    try {
      await fs.rename(move.from, move.to)
      done.push(move)
    } catch (err) {
      for (const back of done.reverse()) {
        await fs.rename(back.to, back.from).catch((undo: unknown) => {
          console.error(`[store] ${what}: could not move ${back.to} back to ${back.from}:`, undo)
        })
      }
      throw toIoError(err, `${what}: moving ${move.from} to ${move.to}`)
    }
  }
}
