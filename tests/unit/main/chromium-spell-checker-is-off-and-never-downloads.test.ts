import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { FakeBrowserWindow, type FakeElectron } from './fakeElectron'
import { createBackend } from '../../../src/main/backend'
import { dispatch } from '../../../src/main/backend/dispatch'
import { createHandlers } from '../../../src/main/handlers'

vi.mock('electron', async () => (await import('./fakeElectron')).createFakeElectron())

const electron = (await import('electron')) as unknown as FakeElectron
const { startApp } = await import('../../../src/main/lifecycle')
const { switchOffBuiltInSpellChecker } = await import('../../../src/main/spellcheck')

const realDeps = { createBackend, createHandlers, dispatch, mainDir: join(process.cwd(), 'out', 'main') }

beforeEach(() => {
  vi.clearAllMocks()
  electron.app.removeAllListeners()
  electron.ipcMain.handlers.clear()
  FakeBrowserWindow.instances.length = 0
  process.env.PLANVAERKSTED_DATA_DIR = mkdtempSync(join(tmpdir(), 'pv-spell-'))
})
afterEach(() => {
  for (const listener of electron.app.listeners('will-quit')) listener({ preventDefault() {} })
  delete process.env.PLANVAERKSTED_DATA_DIR
})

describe("Chromium's spell checker", () => {
  it('is switched off and given no language before the window opens, so it has no dictionary to fetch', async () => {
    startApp(realDeps)
    await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(1), { timeout: 8000 })
    const session = electron.session.defaultSession
    const win = FakeBrowserWindow.instances[0]
    expect(session.setSpellCheckerEnabled.mock.calls).toEqual([[false]])
    // Only ever the empty list: any language named would make Chromium download its dictionary.
    expect(session.setSpellCheckerLanguages.mock.calls).toEqual([[[]]])
    const switchedOff = Math.max(
      ...session.setSpellCheckerEnabled.mock.invocationCallOrder,
      ...session.setSpellCheckerLanguages.mock.invocationCallOrder,
    )
    expect(switchedOff).toBeLessThan(win.loadURL.mock.invocationCallOrder[0])
    expect((win.options.webPreferences as Record<string, unknown>).spellcheck).toBe(false)
    expect(session.addWordToSpellCheckerDictionary).not.toHaveBeenCalled()
  })

  it('right-click on a word Chromium would call misspelt offers only the clipboard, never its suggestions', async () => {
    startApp(realDeps)
    await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(1), { timeout: 8000 })
    const win = FakeBrowserWindow.instances[0]
    const flags = { canCut: true, canCopy: true, canPaste: true, canSelectAll: true }
    win.webContents.emit(
      'context-menu',
      {},
      {
        isEditable: true,
        selectionText: '',
        misspelledWord: 'forsamlingshse',
        dictionarySuggestions: ['forsamlingshuse'],
        editFlags: flags,
      },
    )
    const template = electron.Menu.buildFromTemplate.mock.calls.at(-1)![0] as { label?: string }[]
    expect(template.map((i) => i.label)).toEqual(['Klip', 'Kopiér', 'Sæt ind', 'Markér alt'])
    expect(win.webContents.replaceMisspelling).not.toHaveBeenCalled()
  })

  it('switching off names no language even where the session lists some', () => {
    const session = { setSpellCheckerEnabled: vi.fn(), setSpellCheckerLanguages: vi.fn() }
    switchOffBuiltInSpellChecker(session)
    expect(session.setSpellCheckerEnabled).toHaveBeenCalledWith(false)
    expect(session.setSpellCheckerLanguages).toHaveBeenCalledWith([])
  })
})
