import { join } from 'node:path'
import type { Fs } from './fsFacade'
import { exists } from './fsFacade'
import { toIoError } from './ioError'
import { joinInside } from './insidePath'
import { renameWithRetry } from './renameWithRetry'

/** A file-name-safe timestamp (Windows forbids ':' in names). */
export function fileStamp(date = new Date()): string {
  return date.toISOString().replace(/[:.]/g, '-')
}

/**
 * Moves a file or folder into `<dataDir>/<folder>/` under a name that is never taken already, so
 * nothing moved aside earlier is ever overwritten. Returns the new path.
 */
export async function moveAside(
  fs: Fs,
  dataDir: string,
  from: string,
  baseName: string,
  folder: 'quarantine' | 'trash' = 'quarantine',
  ext = '.json',
): Promise<string> {
  const dir = join(dataDir, folder)
  try {
    await fs.mkdir(dir, { recursive: true })
    const stamp = fileStamp()
    for (let n = 0; ; n++) {
      const to = joinInside(dir, `${baseName}.${stamp}${n ? `-${n}` : ''}${ext}`)
      if (await exists(fs, to)) continue
      await renameWithRetry(fs, from, to)
      return to
    }
  } catch (err) {
    throw toIoError(err, `moving ${from} to ${folder}`)
  }
}
