import { describe, expect, it, vi } from 'vitest'
import {
  buildContextMenuTemplate,
  configureSpellChecker,
  pickSpellCheckerLanguages,
} from '../../../src/main/spellcheck'
import { labelsFor } from '../../../src/main/labels'

const flags = { canCut: true, canCopy: true, canPaste: true, canSelectAll: true } as never

describe('spell checker language', () => {
  it('sets Danish when available', () => {
    const session = {
      availableSpellCheckerLanguages: ['en-US', 'da', 'de'],
      setSpellCheckerLanguages: vi.fn(),
    }
    expect(configureSpellChecker(session)).toEqual(['da'])
    expect(session.setSpellCheckerLanguages).toHaveBeenCalledWith(['da'])
  })

  it('takes the system dictionary name for Danish when that is what there is', () => {
    expect(pickSpellCheckerLanguages(['en-US', 'da-DK'])).toEqual(['da-DK'])
    expect(pickSpellCheckerLanguages(['da-dk'])).toEqual(['da-dk'])
  })

  it('keeps the defaults when there is no Danish dictionary or setting it fails', () => {
    const none = { availableSpellCheckerLanguages: ['en-US'], setSpellCheckerLanguages: vi.fn() }
    expect(configureSpellChecker(none)).toEqual([])
    expect(none.setSpellCheckerLanguages).not.toHaveBeenCalled()
    const throwing = {
      availableSpellCheckerLanguages: ['da'],
      setSpellCheckerLanguages: vi.fn(() => {
        throw new Error('unknown language')
      }),
    }
    expect(configureSpellChecker(throwing)).toEqual([])
  })
})

describe('right-click menu', () => {
  const base = { isEditable: true, selectionText: '', editFlags: flags }

  it('offers the suggestions, "Føj til ordbog" and Danish clipboard items for a misspelled word', () => {
    const actions = { replaceMisspelling: vi.fn(), addToDictionary: vi.fn() }
    const items = buildContextMenuTemplate(
      { ...base, misspelledWord: 'landsbyen', dictionarySuggestions: ['landsbyen', 'landsbyer'] },
      labelsFor('da'),
      actions,
    )
    expect(items.map((i) => i.label ?? i.type)).toEqual([
      'landsbyen',
      'landsbyer',
      'Føj til ordbog',
      'separator',
      'Klip',
      'Kopiér',
      'Sæt ind',
      'Markér alt',
    ])
    items[1].click?.({} as never, undefined, {} as never)
    expect(actions.replaceMisspelling).toHaveBeenCalledWith('landsbyer')
    items[2].click?.({} as never, undefined, {} as never)
    expect(actions.addToDictionary).toHaveBeenCalledWith('landsbyen')
    expect(items.find((i) => i.label === 'Sæt ind')?.role).toBe('paste')
  })

  it('says there are no suggestions rather than showing nothing', () => {
    const items = buildContextMenuTemplate(
      { ...base, misspelledWord: 'xqzv', dictionarySuggestions: [] },
      labelsFor('da'),
      { replaceMisspelling: vi.fn(), addToDictionary: vi.fn() },
    )
    expect(items[0]).toMatchObject({ label: 'Ingen forslag', enabled: false })
  })

  it('follows the English setting and offers only copy outside editable text', () => {
    const items = buildContextMenuTemplate(
      {
        isEditable: false,
        selectionText: 'Vision',
        misspelledWord: '',
        dictionarySuggestions: [],
        editFlags: flags,
      },
      labelsFor('en'),
      { replaceMisspelling: vi.fn(), addToDictionary: vi.fn() },
    )
    expect(items).toEqual([{ role: 'copy', label: 'Copy', enabled: true }])
  })
})
