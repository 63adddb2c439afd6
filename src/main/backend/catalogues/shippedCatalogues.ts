import { join } from 'node:path'
import type { Catalogue } from '../../../shared/model/catalogue'
import { checkCatalogue } from '../../../shared/model/catalogueValidation'
import type { Fs } from '../store/fsFacade'

/**
 * The catalogues shipped in resources/catalogues. A broken one is a build fault, not the user's:
 * it is left out of the list (and a unit test keeps every shipped file valid) rather than keeping
 * the app from starting.
 */
export async function loadShippedCatalogues(fs: Fs, resourcesDir: string): Promise<Catalogue[]> {
  const dir = join(resourcesDir, 'catalogues')
  let names: string[]
  try {
    names = (await fs.readdir(dir)).filter((n) => n.endsWith('.json')).sort()
  } catch {
    return []
  }
  const out: Catalogue[] = []
  for (const name of names) {
    try {
      const check = checkCatalogue(JSON.parse(await fs.readFile(join(dir, name), 'utf8')))
      if (check.ok) out.push(check.catalogue)
      else console.warn(`Shipped catalogue ${name} is invalid`, check.problems)
    } catch (err) {
      console.warn(`Shipped catalogue ${name} could not be read`, err)
    }
  }
  return out
}
