import { describe, expect, it } from 'vitest'
import { catalogueUpgrade, isNoOpUpgrade } from '../../../src/shared/derive'
import type { Catalogue } from '../../../src/shared/model/catalogue'
import { catalogue, plan } from './planFixture'

const newer: Catalogue = {
  ...catalogue,
  version: '2',
  focusAreas: [
    { ...catalogue.focusAreas[0], title: 'Bosætning, nærmiljø og fællesskab' },
    catalogue.focusAreas[1],
    catalogue.focusAreas[2],
    { id: 'klima', number: 5, title: 'Grøn omstilling', description: '', colour: '#00695c' },
  ],
}

describe('catalogueUpgrade', () => {
  const u = catalogueUpgrade(catalogue, newer, plan)

  it('lists removed focus areas with the initiatives whose links would break', () => {
    expect(u.removed.map((r) => [r.area.id, r.initiatives.map((e) => e.attrs.id)])).toEqual([
      ['sundhed', ['i1']],
    ])
    expect(u.brokenLinks).toBe(1)
  })

  it('lists renamed and added focus areas', () => {
    expect(u.renamed.map((r) => [r.id, r.from, r.to, r.initiatives.length])).toEqual([
      ['bosaetning', 'Bosætning og nærmiljø', 'Bosætning, nærmiljø og fællesskab', 1],
    ])
    expect(u.added.map((a) => a.id)).toEqual(['klima'])
    expect(u.from).toEqual({ id: 'lag-vejen', version: '1' })
    expect(u.to).toEqual({ id: 'lag-vejen', version: '2' })
    expect(isNoOpUpgrade(u)).toBe(false)
  })

  it('is a no-op between identical focus-area lists', () => {
    expect(isNoOpUpgrade(catalogueUpgrade(catalogue, { ...catalogue, version: '1.1' }, plan))).toBe(true)
  })
})
