import { join } from 'node:path'
import type { Fs } from './fsFacade'
import { errnoCode } from './fsFacade'

/** The temp names writeFileAtomic gives: `<target>.<12 hex>.tmp`. Nothing else is ever removed. */
const OUR_TEMP = /\.[0-9a-f]{12}\.tmp$/

/**
 * Removes temp files a crash left half-written beside the files they were to replace. Runs at
 * start while this process holds the data folder lock, so no writer of ours can still be using
 * one; the target beside each is untouched (it holds the last complete save). A folder that
 * cannot be listed or a temp that cannot be removed is only logged: a leftover costs disk space,
 * never a word of a plan.
 */
export async function sweepTempFiles(fs: Fs, dataDir: string): Promise<string[]> {
  const plans = join(dataDir, 'plans')
  const folders = [dataDir, plans, join(dataDir, 'catalogues')]
  for (const entry of await list(fs, plans, true)) {
    folders.push(join(plans, entry), join(plans, entry, 'assets'))
  }
  const removed: string[] = []
  for (const folder of folders) {
    for (const name of await list(fs, folder)) {
      if (!OUR_TEMP.test(name)) continue
      const path = join(folder, name)
      try {
        await fs.unlink(path)
        removed.push(path)
      } catch (err) {
        if (errnoCode(err) !== 'ENOENT')
          console.warn(`[store] could not remove the stale temp file ${path}:`, err)
      }
    }
  }
  if (removed.length)
    console.info(`[store] removed ${removed.length} temp file(s) left by an interrupted save`)
  return removed
}

async function list(fs: Fs, folder: string, foldersOnly = false): Promise<string[]> {
  try {
    const entries = await fs.readdir(folder, { withFileTypes: true })
    return entries.filter((e) => (foldersOnly ? e.isDirectory() : e.isFile())).map((e) => e.name)
  } catch (err) {
    if (errnoCode(err) !== 'ENOENT' && errnoCode(err) !== 'ENOTDIR') {
      console.warn(`[store] could not look for stale temp files in ${folder}:`, err)
    }
    return []
  }
}
