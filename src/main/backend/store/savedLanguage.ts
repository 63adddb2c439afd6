import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Language } from '../../../shared/model/settings'

/**
 * The UI language in library.json, read before the app is ready: Chromium takes its locale from
 * the command line at start-up only, long before the backend opens the data folder. Anything that
 * stops us learning it (first start, no permission, a damaged file) means Danish here; the backend
 * then opens the folder properly and tells the user about a file it cannot read.
 */
export function savedLanguage(dataDir: string): Language {
  let text: string
  try {
    text = readFileSync(join(dataDir, 'library.json'), 'utf8')
  } catch {
    return 'da'
  }
  try {
    const language = (JSON.parse(text) as { settings?: { language?: unknown } } | null)?.settings?.language
    return language === 'en' ? 'en' : 'da'
  } catch {
    return 'da'
  }
}
