import { describe, expect, it } from 'vitest'
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

const root = join(__dirname, '../../..')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name)
    if (statSync(p).isDirectory()) return sourceFiles(p)
    return /\.tsx?$/.test(name) ? [p] : []
  })
}

/** Every `reason: 'kebab-word'` the main process and shared code give an error. */
function reasonsInSource(): Set<string> {
  const found = new Set<string>()
  for (const file of [...sourceFiles(join(root, 'src/main')), ...sourceFiles(join(root, 'src/shared'))]) {
    const text = readFileSync(file, 'utf8')
    for (const m of text.matchAll(/\breason: '([a-z0-9]+(?:-[a-z0-9]+)*)'/g)) found.add(m[1])
  }
  return found
}

function reasonsIn(lang: string): Record<string, string> {
  const errors = JSON.parse(readFileSync(join(root, `src/shared/i18n/locales/${lang}/errors.json`), 'utf8'))
  return (errors.reasons ?? {}) as Record<string, string>
}

describe('error reasons', () => {
  // The UI falls back to the general text for a code, so a missing reason text is not a crash, but
  // it is the vague message ("Filen kan ikke bruges") that the precise reason was added to replace.
  it.each(['da', 'en'])('every reason the backend gives has a %s text', (lang) => {
    const worded = reasonsIn(lang)
    const missing = [...reasonsInSource()].filter((r) => !(r in worded))
    expect(missing).toEqual([])
  })
})
