import { describe, expect, it } from 'vitest'
import { catalogueFileName, compareCatalogueVersions } from '../../../src/shared/model/catalogueVersion'

describe('compareCatalogueVersions', () => {
  it('compares numeric parts as numbers', () => {
    expect(compareCatalogueVersions('1.10', '1.9')).toBe(1)
    expect(compareCatalogueVersions('2024', '2017')).toBe(1)
    expect(compareCatalogueVersions('1', '1.1')).toBe(-1)
    expect(compareCatalogueVersions(' 2 ', '2')).toBe(0)
  })
})

describe('catalogueFileName', () => {
  it('is "<municipality> - <title> - v<version>.json" without characters Windows refuses', () => {
    expect(
      catalogueFileName({ municipality: 'Vejen Kommune', title: 'Politik: land/by', version: '2' }, 'da'),
    ).toBe('Vejen Kommune - Politik- land-by - v2.json')
  })
})
