import { z } from 'zod'

/**
 * A deleted plan's name in trash/: the base its parts share (`<id>.<stamp>` + `.json`, `.assets`,
 * `.backups`). Letters, digits, '_' and '-' in segments joined by single dots: a file name on every
 * system, never a separator, never '.' or '..', never a leading dot, so no trash id can lead a path
 * out of the trash folder. The store joins it through joinInside again.
 */
export const TrashId = z
  .string()
  .max(200)
  .regex(/^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/, 'invalid trash id')
export type TrashId = z.infer<typeof TrashId>

/** What the Papirkurv shows of one deleted plan. */
export type TrashedPlan = {
  kind: 'plan'
  trashId: TrashId
  planId: string
  title: string
  council: string
  /** When it was deleted (from its trash name); null for a name the app did not give. */
  deletedAt: string | null
  words: number
}

/**
 * A file in trash/ that cannot be read as a plan: listed with its file name (and the title, when one
 * could be made out), never left out, so the user sees everything that "Tøm papirkurven" deletes.
 * `trashId` is null when its name is not one the app gives.
 */
export type UnreadableTrash = {
  kind: 'unreadable'
  trashId: TrashId | null
  fileName: string
  title: string | null
  deletedAt: string | null
  /** damaged: not a plan file; read-failed: the disk refused (no permission, a bad sector);
   * foreign-name: a plan under a name the app does not give, so it cannot be restored from here. */
  problem: 'damaged' | 'read-failed' | 'foreign-name'
}

export type TrashEntry = TrashedPlan | UnreadableTrash
