import * as nodeFs from 'node:fs/promises'

/**
 * The file-system calls the store makes, gathered in one object so a test can swap one of them for
 * a failing one (a full disk, a locked file) and watch the store keep the old file intact.
 */
export type Fs = Pick<
  typeof nodeFs,
  'open' | 'readFile' | 'rename' | 'unlink' | 'mkdir' | 'readdir' | 'stat' | 'rm' | 'writeFile' | 'utimes'
>

export const realFs: Fs = {
  open: nodeFs.open,
  readFile: nodeFs.readFile,
  rename: nodeFs.rename,
  unlink: nodeFs.unlink,
  mkdir: nodeFs.mkdir,
  readdir: nodeFs.readdir,
  stat: nodeFs.stat,
  rm: nodeFs.rm,
  writeFile: nodeFs.writeFile,
  utimes: nodeFs.utimes,
}

export function errnoCode(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string'
    ? err.code
    : undefined
}

export async function exists(fs: Fs, path: string): Promise<boolean> {
  try {
    await fs.stat(path)
    return true
  } catch (err) {
    if (errnoCode(err) === 'ENOENT') return false
    throw err
  }
}
