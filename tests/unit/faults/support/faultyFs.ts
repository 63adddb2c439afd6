import { realFs, type Fs } from '../../../../src/main/backend/store/fsFacade'

/** A node error as the OS would raise it: ENOSPC for a full disk, EACCES for a locked folder. */
export function osError(code: string, path = ''): NodeJS.ErrnoException {
  const err = new Error(`${code}: simulated, ${path}`) as NodeJS.ErrnoException
  err.code = code
  return err
}

/**
 * The real file system with a switch: while `failWith` is set, every write (a handle's writeFile,
 * a rename, a writeFile) whose path passes `where` throws that errno, as a full disk or a folder
 * without permission would. Reads always work. `calls` counts the refused writes.
 */
export function faultyFs(base: Fs = realFs) {
  const state = { failWith: null as string | null, where: (_p: string) => true, refused: 0 }
  const hit = (path: unknown) => state.failWith !== null && state.where(String(path))
  const fs: Fs = {
    ...base,
    open: (async (path: string, flags?: string, mode?: number) => {
      const handle = await base.open(path, flags, mode)
      if (!hit(path) || !flags || !/[wax+]/.test(flags)) return handle
      // The temp file is created, then the write fails half-way: the worst case for the old file.
      const failing = Object.create(handle) as typeof handle
      failing.writeFile = async () => {
        state.refused++
        throw osError(state.failWith!, path)
      }
      return failing
    }) as Fs['open'],
    rename: (async (from: string, to: string) => {
      if (hit(to)) {
        state.refused++
        throw osError(state.failWith!, to)
      }
      return base.rename(from, to)
    }) as Fs['rename'],
    writeFile: (async (path: string, ...rest: unknown[]) => {
      if (hit(path)) {
        state.refused++
        throw osError(state.failWith!, path)
      }
      return (base.writeFile as (...a: unknown[]) => Promise<void>)(path, ...rest)
    }) as Fs['writeFile'],
  }
  return { fs, state }
}

/** A file system on which nothing under `dir` can be written, as on a read-only disk. Honest note:
 * tests run as root, and chmod does not stop root, so the refusal is injected here. */
export function unwritableFs(dir: string, code = 'EROFS', base: Fs = realFs): Fs {
  const inside = (p: unknown) => String(p).startsWith(dir)
  const deny = (p: unknown) => Promise.reject(osError(code, String(p)))
  return {
    ...base,
    open: ((p: string, flags?: string, mode?: number) =>
      inside(p) && flags && /[wax+]/.test(flags) ? deny(p) : base.open(p, flags, mode)) as Fs['open'],
    writeFile: ((p: string, ...rest: unknown[]) =>
      inside(p)
        ? deny(p)
        : (base.writeFile as (...a: unknown[]) => Promise<void>)(p, ...rest)) as Fs['writeFile'],
    rename: ((a: string, b: string) => (inside(b) ? deny(b) : base.rename(a, b))) as Fs['rename'],
    mkdir: ((p: string, o?: unknown) =>
      inside(p) ? deny(p) : (base.mkdir as (...a: unknown[]) => Promise<unknown>)(p, o)) as Fs['mkdir'],
    unlink: ((p: string) => (inside(p) ? deny(p) : base.unlink(p))) as Fs['unlink'],
    utimes: ((p: string, a: Date, m: Date) => (inside(p) ? deny(p) : base.utimes(p, a, m))) as Fs['utimes'],
    rm: ((p: string, o?: unknown) =>
      inside(p) ? deny(p) : (base.rm as (...a: unknown[]) => Promise<void>)(p, o)) as Fs['rm'],
  }
}
