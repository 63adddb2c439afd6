import { describe, expect, it } from 'vitest'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { NAMESPACES } from '../../../src/shared/i18n/resources'

const root = join(__dirname, '../../..')
const locales = join(root, 'src/shared/i18n/locales')

function keysOf(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix]
  return Object.entries(value).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k))
}
function filesOf(lang: string): string[] {
  return readdirSync(join(locales, lang)).filter((f) => f.endsWith('.json'))
}
function load(lang: string): Record<string, unknown> {
  return Object.fromEntries(
    filesOf(lang).map((f) => [
      f.replace(/\.json$/, ''),
      JSON.parse(readFileSync(join(locales, lang, f), 'utf8')),
    ]),
  )
}

describe('Danish and English', () => {
  it('have the same texts, namespace by namespace', () => {
    const da = new Set(keysOf(load('da')))
    const en = new Set(keysOf(load('en')))
    expect([...da].filter((k) => !en.has(k))).toEqual([])
    expect([...en].filter((k) => !da.has(k))).toEqual([])
  })

  it('have no empty text', () => {
    for (const lang of ['da', 'en']) {
      const all = load(lang)
      const empty = keysOf(all).filter((k) => {
        const v = k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], all)
        return typeof v === 'string' && v.trim() === ''
      })
      expect(empty, lang).toEqual([])
    }
  })

  it('are the same set of files, and every file is one the app loads', () => {
    const names = (lang: string) =>
      filesOf(lang)
        .map((f) => f.replace(/\.json$/, ''))
        .sort()
    expect(names('en')).toEqual(names('da'))
    // A namespace file missing from shared/i18n/resources.ts would be in git but shown nowhere.
    expect([...NAMESPACES].sort()).toEqual(names('da'))
  })

  it('live in one place that every layer reads (no second set of locale files)', () => {
    expect(existsSync(join(root, 'src/renderer/src/i18n/locales'))).toBe(false)
  })
})
