import { describe, expect, it } from 'vitest'
import { buildContextMenuTemplate } from '../../../src/main/contextMenuTemplate'
import { labelsFor } from '../../../src/main/labels'

const flags = {
  canUndo: true,
  canRedo: true,
  canCut: true,
  canCopy: false,
  canPaste: true,
  canDelete: true,
  canSelectAll: true,
  canEditRichly: true,
}

describe('right-click menu', () => {
  it('offers cut, copy, paste and select all in Danish where text can be edited', () => {
    const items = buildContextMenuTemplate(
      { isEditable: true, selectionText: '', editFlags: flags },
      labelsFor('da'),
    )
    expect(items).toEqual([
      { role: 'cut', label: 'Klip', enabled: true },
      { role: 'copy', label: 'Kopiér', enabled: false },
      { role: 'paste', label: 'Sæt ind', enabled: true },
      { role: 'selectAll', label: 'Markér alt', enabled: true },
    ])
  })

  it('follows the English setting and offers only copy over selected text outside the editor', () => {
    const items = buildContextMenuTemplate(
      { isEditable: false, selectionText: 'Vision', editFlags: { ...flags, canCopy: true } },
      labelsFor('en'),
    )
    expect(items).toEqual([{ role: 'copy', label: 'Copy', enabled: true }])
  })

  it('shows nothing where there is nothing to cut, copy or paste', () => {
    expect(
      buildContextMenuTemplate({ isEditable: false, selectionText: '  ', editFlags: flags }, labelsFor('da')),
    ).toEqual([])
  })
})
