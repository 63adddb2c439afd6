import type { QuarantinedPlan } from '../../../shared/model/plan'
import type { Fs } from '../store/fsFacade'
import type { CorruptFileError } from '../store/corruptFile'
import { moveAside } from '../store/moveAside'
import type { Library } from '../store/library'
import { salvageTitle } from './salvageTitle'
import { noticeKey, noticesFromQuarantine } from './quarantineFolder'

type Deps = { fs: Fs; dataDir: string; library: Library }

/**
 * What the home screen says about plans that could not be opened. A notice must survive whatever
 * made the plan unreadable: on a full disk the move to quarantine/ works but the notice cannot be
 * written to library.json, on a read-only folder the file cannot even be moved. So quarantine/ is
 * read back at start, and what this session found but could not write is kept in memory.
 */
export function createPlanNotices({ fs, dataDir, library }: Deps) {
  /** This session's notices, by the file they name; library.json may not hold them. */
  const found = new Map<string, QuarantinedPlan>()
  let fromFolder: Promise<QuarantinedPlan[]> | null = null
  const now = () => new Date().toISOString()

  function inPlace(entry: Omit<QuarantinedPlan, 'inPlace' | 'at'>): QuarantinedPlan {
    const notice: QuarantinedPlan = { ...entry, at: now(), inPlace: true }
    found.set(noticeKey(notice), notice)
    return notice
  }

  return {
    /** Moves a corrupt plan file to quarantine/, or, where it cannot be moved, reports it in place. */
    async setAside(id: string, err: CorruptFileError): Promise<QuarantinedPlan> {
      const title = salvageTitle(err.raw)
      let movedTo: string
      try {
        movedTo = await moveAside(fs, dataDir, err.path, id)
      } catch (moveErr) {
        console.warn(`[store] plan ${id} could not be read and not be moved aside:`, moveErr)
        return inPlace({ id, title, reason: err.reason, movedTo: err.path })
      }
      const notice: QuarantinedPlan = { id, title, reason: err.reason, movedTo, at: now() }
      found.set(noticeKey(notice), notice)
      console.warn(`[store] plan ${id} moved to ${movedTo}: ${err.message}`)
      await library
        .update((d) => void d.quarantined.push(notice))
        .catch((e) =>
          console.warn(`[store] notice for plan ${id} not written (rebuilt from quarantine/):`, e),
        )
      return notice
    },
    /** A plan from a newer app: left where it is, the newer app can still open it. */
    reportNewer: (id: string, path: string) =>
      void inPlace({ id, title: null, reason: 'newer-version', movedTo: path }),
    /** A plan file that exists but could not be read (no permission, an I/O error): left in place. */
    reportUnreadable: (id: string, path: string) =>
      void inPlace({ id, title: null, reason: 'unreadable', movedTo: path }),
    /** The plan reads now: what was said about its file in place no longer holds. */
    readFine(id: string) {
      for (const [key, q] of found) if (q.id === id && q.inPlace) found.delete(key)
    },

    async list(): Promise<QuarantinedPlan[]> {
      fromFolder ??= noticesFromQuarantine(fs, dataDir)
      const lib = library.data()
      const dismissed = new Set(lib.dismissed)
      const byFile = new Map<string, QuarantinedPlan>()
      for (const q of await fromFolder) if (!dismissed.has(noticeKey(q))) byFile.set(noticeKey(q), q)
      // library.json's words (the title read before the move, when it happened) win over the rebuild's.
      for (const q of lib.quarantined) byFile.set(noticeKey(q), q)
      for (const q of found.values()) byFile.set(noticeKey(q), q)
      return [...byFile.values()]
    },

    /** The user has read the notices about `id`: they stay away, the files stay in quarantine/. */
    async dismiss(id: string): Promise<void> {
      const files = (await this.list()).filter((q) => q.id === id && !q.inPlace).map(noticeKey)
      await library.update((d) => {
        d.quarantined = d.quarantined.filter((q) => q.id !== id)
        d.dismissed = [...new Set([...d.dismissed, ...files])]
      })
      for (const [key, q] of found) if (q.id === id) found.delete(key)
    },
  }
}

export type PlanNotices = ReturnType<typeof createPlanNotices>
