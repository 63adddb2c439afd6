import { describe, expect, it } from 'vitest'
import i18next from 'i18next'
import { t, type TextKey } from '../../../src/shared/i18n/translate'
import { NAMESPACES, resources } from '../../../src/shared/i18n/resources'

describe('t(lang, key, vars) for code without i18next', () => {
  it('says what the renderer says for the same key', async () => {
    // The renderer's i18next on the very same files: main and export must never word a key differently.
    const i18n = i18next.createInstance()
    await i18n.init({
      resources,
      lng: 'en',
      fallbackLng: 'da',
      ns: NAMESPACES,
      interpolation: { escapeValue: false },
    })
    const cases: [TextKey, Record<string, string | number>][] = [
      ['focus:status.done', {}],
      ['focus:panel.total', { count: 1 }],
      ['focus:panel.total', { count: 3 }],
      ['dialogs:fileNames.export', { who: 'Bøvl Lokalråd', day: '2026-03-05' }],
      ['export:saved', { path: 'C:\\Planer\\a.docx' }],
    ]
    for (const lang of ['da', 'en'] as const) {
      await i18n.changeLanguage(lang)
      for (const [key, vars] of cases) expect(t(lang, key, vars), `${lang} ${key}`).toBe(i18n.t(key, vars))
    }
  })

  it('fills every {{name}} it is given and leaves one it is not given visible', () => {
    expect(t('en', 'dialogs:fileNames.export', { who: 'Bøvl', day: '2026-03-05' })).toBe(
      'Development plan - Bøvl - 2026-03-05',
    )
    expect(t('en', 'dialogs:fileNames.export', { day: '2026-03-05' })).toBe(
      'Development plan - {{who}} - 2026-03-05',
    )
  })

  it('takes the plural form by count, as i18next does for Danish and English', () => {
    expect(t('da', 'focus:panel.initiatives', { count: 1 })).toBe('1 initiativ')
    expect(t('da', 'focus:panel.initiatives', { count: 0 })).toBe('0 initiativer')
    expect(t('en', 'focus:panel.initiatives', { count: 2 })).toBe('2 initiatives')
  })

  it('returns the key itself for a key no file has, never an empty label', () => {
    expect(t('en', 'focus:nope' as TextKey)).toBe('focus:nope')
  })
})
