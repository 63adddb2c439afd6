import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { FINDING_KINDS, FIX_KINDS } from '../../../src/shared/derive/accessibility/accessibilityFindings'

const locales = join(__dirname, '../../../src/shared/i18n/locales')
const load = (lang: string) =>
  JSON.parse(readFileSync(join(locales, lang, 'a11y.json'), 'utf8')) as {
    findings: Record<string, string>
    fixes: Record<string, string>
  }

describe('the accessibility check speaks Danish and English', () => {
  it.each(['da', 'en'])('%s: every kind of finding has its message and every fix its name', (lang) => {
    const texts = load(lang)
    expect(Object.keys(texts.findings).sort()).toEqual([...FINDING_KINDS].sort())
    expect(Object.keys(texts.fixes).sort()).toEqual([...FIX_KINDS].sort())
  })
})
