import { resolve, sep } from 'node:path'
import { AppError } from '../../../shared/model/errors'
import type { Fs } from './fsFacade'

/** Write errors that mean "this folder cannot be written", not "this one write failed". */
export const UNWRITABLE_ERRNOS = new Set(['EACCES', 'EPERM', 'EROFS'])

/**
 * The file system of a backend opened on a data folder it cannot write (a read-only USB stick, a
 * locked-down school laptop): reads go through, any write inside the data folder is refused with
 * 'read-only' before it is tried, so nothing half-written can appear. Writes elsewhere (the Word
 * export to a folder the user chose) still go through.
 */
export function readOnlyFs(fs: Fs, dataDir: string): Fs {
  const root = resolve(dataDir)
  const inside = (path: unknown): boolean => {
    if (typeof path !== 'string') return false
    const p = resolve(path)
    return p === root || p.startsWith(root + sep)
  }
  const refuse = (what: string, path: unknown): never => {
    throw new AppError('read-only', `the data folder is read-only (${what} ${String(path)})`)
  }
  const isWriteFlag = (flags: unknown): boolean => typeof flags === 'string' && /[wax+]/.test(flags)
  return {
    ...fs,
    open: ((path: string, flags?: unknown, mode?: unknown) => {
      if (inside(path) && isWriteFlag(flags)) return refuse('open', path)
      return (fs.open as (...a: unknown[]) => unknown)(path, flags, mode)
    }) as Fs['open'],
    writeFile: ((path: unknown, ...rest: unknown[]) => {
      if (inside(path)) return refuse('writeFile', path)
      return (fs.writeFile as (...a: unknown[]) => unknown)(path, ...rest)
    }) as Fs['writeFile'],
    rename: ((from: string, to: string) => {
      if (inside(from) || inside(to)) return refuse('rename', to)
      return fs.rename(from, to)
    }) as Fs['rename'],
    unlink: ((path: string) => (inside(path) ? refuse('unlink', path) : fs.unlink(path))) as Fs['unlink'],
    utimes: ((path: string, a: Date, m: Date) =>
      inside(path) ? refuse('utimes', path) : fs.utimes(path, a, m)) as Fs['utimes'],
    rm: ((path: string, opts?: unknown) =>
      inside(path) ? refuse('rm', path) : (fs.rm as (...a: unknown[]) => unknown)(path, opts)) as Fs['rm'],
    mkdir: ((path: string, opts?: unknown) =>
      inside(path)
        ? refuse('mkdir', path)
        : (fs.mkdir as (...a: unknown[]) => unknown)(path, opts)) as Fs['mkdir'],
  }
}
