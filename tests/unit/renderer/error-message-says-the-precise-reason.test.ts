// @vitest-environment happy-dom
import { describe, expect, it, beforeAll } from 'vitest'
import i18next from 'i18next'
import { ApiError } from '../../../src/renderer/src/api/client'
import { errorKeys, errorReason } from '../../../src/renderer/src/api/errorText'

beforeAll(async () => {
  await i18next.init({
    lng: 'da',
    resources: {
      da: {
        errors: {
          'invalid-file': 'Filen kan ikke bruges.',
          reasons: { 'password-protected': 'Filen er beskyttet med adgangskode.' },
        },
      },
    },
  })
})

describe('an error shown to the user', () => {
  it('says the reason the backend gave, when the locale has words for it', () => {
    const e = new ApiError('invalid-file', 'x', { reason: 'password-protected' })
    expect(errorReason(e)).toBe('password-protected')
    expect(i18next.t(errorKeys(e))).toBe('Filen er beskyttet med adgangskode.')
  })

  it("falls back to the code's text for a reason without words, never a raw key", () => {
    const e = new ApiError('invalid-file', 'x', { reason: 'something-new' })
    expect(i18next.t(errorKeys(e))).toBe('Filen kan ikke bruges.')
  })

  it('ignores a reason that is not a kebab-case word (it would be a key path)', () => {
    expect(errorReason(new ApiError('invalid-file', 'x', { reason: '../x' }))).toBeNull()
    expect(errorReason(new ApiError('invalid-file', 'x', { reason: 7 }))).toBeNull()
    expect(errorReason(new Error('plain'))).toBeNull()
    expect(errorKeys(new Error('plain'))).toEqual(['errors:internal'])
  })
})
