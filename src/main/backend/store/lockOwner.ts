import { readFile } from 'node:fs/promises'
import { errnoCode } from './fsFacade'

/** What the data folder's .lock says about the process that holds it. */
export type LockOwner = {
  pid: number
  /** The OS's identity of that process's start (Linux: boot id + start tick), null where unknown. */
  start: string | null
  /** Random per holder, so a holder never removes a lock another process has taken over since. */
  token: string | null
}

/** An owner holding the folder touches the lock this often; one that stopped has crashed. */
export const HEARTBEAT_MS = 30_000
/** Four missed heartbeats: the lock is stale even if its pid is alive (Windows reuses pids). */
export const STALE_AFTER_MS = 4 * HEARTBEAT_MS

/** Reads a lock file's text: ours (JSON) or an older app's (a bare pid); null when it is neither. */
export function parseLock(text: string): LockOwner | null {
  const bare = /^\s*(\d+)\s*$/.exec(text)
  if (bare) return { pid: Number(bare[1]), start: null, token: null }
  try {
    const v = JSON.parse(text) as Partial<LockOwner>
    if (!Number.isInteger(v.pid) || (v.pid as number) <= 0) return null
    return {
      pid: v.pid as number,
      start: typeof v.start === 'string' ? v.start : null,
      token: typeof v.token === 'string' ? v.token : null,
    }
  } catch {
    return null
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    // EPERM: the process exists but belongs to someone else; it is still alive.
    return errnoCode(err) === 'EPERM'
  }
}

/**
 * Linux tells when a process started (in clock ticks since boot, /proc/<pid>/stat field 22): with
 * the boot id that names one process for good, so a pid reused after a crash or a reboot is seen
 * to be another process. Elsewhere (Windows, macOS) this is null and the heartbeat decides.
 */
export async function processStartId(pid: number): Promise<string | null> {
  if (process.platform !== 'linux') return null
  try {
    const [stat, boot] = await Promise.all([
      readFile(`/proc/${pid}/stat`, 'utf8'),
      readFile('/proc/sys/kernel/random/boot_id', 'utf8'),
    ])
    const fields = stat
      .slice(stat.lastIndexOf(')') + 1)
      .trim()
      .split(/\s+/)
    const ticks = fields[19]
    return ticks && /^\d+$/.test(ticks) ? `${boot.trim()}/${ticks}` : null
  } catch {
    return null
  }
}

/**
 * Whether a lock no longer protects anything: its process is gone, or the pid now names another
 * process (its start differs), or, where the start cannot be compared, its owner has stopped
 * touching it. `heldFor` is how long ago the lock was last touched.
 */
export async function isStale(owner: LockOwner | null, heldFor: number): Promise<boolean> {
  if (!owner || owner.pid === process.pid || !isAlive(owner.pid)) return true
  const now = owner.start ? await processStartId(owner.pid) : null
  if (owner.start && now) return now !== owner.start
  return heldFor > STALE_AFTER_MS
}
