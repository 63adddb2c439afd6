import { realFs, type Fs } from '../../../../src/main/backend/store/fsFacade'

/**
 * The real file system, noting every file read (readFile, and open without a write flag) by path,
 * so a test can see which files an operation read and which it never touched.
 */
export function countingFs(base: Fs = realFs) {
  const reads: string[] = []
  const fs: Fs = {
    ...base,
    readFile: ((path: unknown, ...rest: unknown[]) => {
      reads.push(String(path))
      return (base.readFile as (...a: unknown[]) => Promise<Buffer>)(path, ...rest)
    }) as Fs['readFile'],
    open: ((path: string, flags?: string, mode?: number) => {
      if (!flags || !/[wax+]/.test(flags)) reads.push(String(path))
      return base.open(path, flags, mode)
    }) as Fs['open'],
  }
  return { fs, reads }
}
