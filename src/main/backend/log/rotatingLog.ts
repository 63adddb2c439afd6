import { appendFileSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { logLine, type LogLevel } from './logLine'

export const LOG_FILE = 'planvaerksted.log'

export type RotatingLogOptions = {
  /** The data folder's logs/ folder. */
  dir: string
  /** The current file is rotated before a line would take it past this size. */
  maxBytes?: number
  /** How many older files are kept beside the current one (planvaerksted.log.1 … .n). */
  keep?: number
  now?: () => Date
}

/** The file names the log may have, newest first. */
export function logFileNames(keep: number): string[] {
  return [LOG_FILE, ...Array.from({ length: keep }, (_, i) => `${LOG_FILE}.${i + 1}`)]
}

/**
 * The main process's log for a helper to read: what went wrong, where and when, never the plan's
 * text. Writes are synchronous on purpose: the last line before an uncaught exception must be on
 * disk even if the process ends right after. A log that cannot be written (read-only data folder,
 * full disk) is silent: logging must never be the thing that breaks the app.
 */
export function createRotatingLog(opts: RotatingLogOptions) {
  const maxBytes = opts.maxBytes ?? 1024 * 1024
  const keep = opts.keep ?? 3
  const now = opts.now ?? (() => new Date())
  const names = logFileNames(keep)
  const path = (name: string) => join(opts.dir, name)

  function sizeOfCurrent(): number {
    try {
      return statSync(path(LOG_FILE)).size
    } catch {
      return 0
    }
  }

  /** planvaerksted.log -> .1 -> .2 …; the oldest falls off the end. */
  function rotate(): void {
    rmSync(path(names[names.length - 1]), { force: true })
    for (let i = names.length - 2; i >= 0; i--) {
      try {
        renameSync(path(names[i]), path(names[i + 1]))
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err
      }
    }
  }

  function write(level: LogLevel, where: string, message: string): void {
    const line = logLine(now(), level, where, message)
    try {
      mkdirSync(opts.dir, { recursive: true })
      if (sizeOfCurrent() + Buffer.byteLength(line) > maxBytes) rotate()
      appendFileSync(path(LOG_FILE), line, 'utf8')
    } catch {
      // See above: a log that cannot be written stays silent.
    }
  }

  return {
    dir: opts.dir,
    /** The names of the log files that exist may be fewer; the error report reads what is there. */
    fileNames: names,
    info: (where: string, message: string) => write('info', where, message),
    warn: (where: string, message: string) => write('warn', where, message),
    error: (where: string, message: string) => write('error', where, message),
  }
}

export type RotatingLog = ReturnType<typeof createRotatingLog>
