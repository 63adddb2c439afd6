import { describe, expect, it } from 'vitest'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'

const locales = join(__dirname, '../../../src/renderer/src/i18n/locales')

function keysOf(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix]
  return Object.entries(value).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k))
}
function load(lang: string): Record<string, unknown> {
  const dir = join(locales, lang)
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(join(dir, f), 'utf8'))]),
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
})
