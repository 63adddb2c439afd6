import { join } from 'node:path'
import type { Fs } from './fsFacade'

export type DataFileCheck<T> = { ok: true; value: T } | { ok: false; problems: unknown }

/**
 * The data files shipped in resources/<folder> (catalogues, year wheels). A broken one is a build
 * fault, not the user's: it is left out of the list (a unit test keeps every shipped file valid)
 * rather than keeping the app from starting.
 */
export async function loadShippedDataFiles<T>(
  fs: Fs,
  resourcesDir: string,
  folder: string,
  check: (json: unknown) => DataFileCheck<T>,
): Promise<T[]> {
  const dir = join(resourcesDir, folder)
  let names: string[]
  try {
    names = (await fs.readdir(dir)).filter((n) => n.endsWith('.json')).sort()
  } catch {
    return []
  }
  const out: T[] = []
  for (const name of names) {
    try {
      const result = check(JSON.parse(await fs.readFile(join(dir, name), 'utf8')))
      if (result.ok) out.push(result.value)
      else console.warn(`Shipped ${folder}/${name} is invalid`, result.problems)
    } catch (err) {
      console.warn(`Shipped ${folder}/${name} could not be read`, err)
    }
  }
  return out
}
