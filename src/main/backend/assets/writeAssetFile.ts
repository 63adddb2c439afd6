import type { Fs } from '../store/fsFacade'
import { exists } from '../store/fsFacade'
import { writeFileAtomic } from '../store/atomicWrite'

/**
 * Writes one image file of a plan's assets folder, unless it is there already: names are content
 * hashes, so a file of that name is the same picture (and may belong to a plan being replaced).
 * Says whether it wrote, so a failed import takes back only what it wrote. Every asset file the app
 * writes (a paste, a Word import, a plan file) is written here.
 */
export async function writeAssetFile(fs: Fs, path: string, bytes: Uint8Array): Promise<boolean> {
  if (await exists(fs, path)) return false
  await writeFileAtomic(fs, path, bytes)
  return true
}
