import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { FakeBrowserWindow, LAPTOP, type FakeDisplay, type FakeElectron } from './fakeElectron'
import { createBackend } from '../../../src/main/backend'
import { dispatch } from '../../../src/main/backend/dispatch'
import { createHandlers } from '../../../src/main/handlers'

vi.mock('electron', async () => (await import('./fakeElectron')).createFakeElectron())

const electron = (await import('electron')) as unknown as FakeElectron
const { startApp } = await import('../../../src/main/lifecycle')
const { projectorPlacement } = await import('../../../src/main/projectorWindow')

const PROJECTOR: FakeDisplay = {
  id: 2,
  bounds: { x: 1920, y: 0, width: 1280, height: 720 },
  workArea: { x: 1920, y: 0, width: 1280, height: 720 },
}
const TOP = { url: 'app://planvaerksted/index.html', parent: null }

type Api = (event: unknown, name: string, input: unknown) => Promise<{ ok: boolean; value?: unknown }>

/** The real shell on the fake electron, with a real backend and one plan. */
async function started() {
  startApp({ createBackend, createHandlers, dispatch, mainDir: join(process.cwd(), 'out', 'main') })
  await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(1), { timeout: 8000 })
  const main = FakeBrowserWindow.instances[0]
  const api = electron.ipcMain.handlers.get('api') as Api
  const plan = (await api({ senderFrame: TOP }, 'plans.create', { title: 'Mødeplanen' })) as {
    ok: true
    value: { id: string }
  }
  const openProjector = (sameScreen: boolean) =>
    api({ senderFrame: TOP }, 'meeting.openProjector', { planId: plan.value.id, sameScreen })
  return { main, api, planId: plan.value.id, openProjector }
}

beforeEach(() => {
  vi.clearAllMocks()
  electron.app.removeAllListeners()
  electron.ipcMain.removeAllListeners()
  electron.ipcMain.handlers.clear()
  FakeBrowserWindow.instances.length = 0
  electron.screen.displays = [LAPTOP]
  process.env.PLANVAERKSTED_DATA_DIR = mkdtempSync(join(tmpdir(), 'pv-projector-'))
})
afterEach(async () => {
  for (const listener of electron.app.listeners('will-quit')) listener({ preventDefault() {} })
  delete process.env.PLANVAERKSTED_DATA_DIR
})

describe('the projector window', () => {
  it('fills the second display when there is one, and loads the projector route of the plan', async () => {
    electron.screen.displays = [LAPTOP, PROJECTOR]
    const { openProjector, planId, main } = await started()
    const answer = await openProjector(false)
    expect(answer).toMatchObject({
      ok: true,
      value: { display: 'external', view: { presenting: { section: 0 } } },
    })
    const win = FakeBrowserWindow.instances[1]
    expect(win.options).toMatchObject({ ...PROJECTOR.bounds, fullscreen: true, show: false })
    expect(win.loadURL).toHaveBeenCalledWith(`app://planvaerksted/index.html#projector/${planId}`)
    // It never takes the focus from the editor the facilitator types in.
    win.emit('ready-to-show')
    expect(win.showInactive).toHaveBeenCalled()
    expect(win.show).not.toHaveBeenCalled()
    expect(main.focus).toHaveBeenCalled()
  })

  it('opens as a window on the laptop with no second display, or when "samme skærm" is chosen', async () => {
    const { openProjector } = await started()
    expect(await openProjector(false)).toMatchObject({ value: { display: 'same' } })
    const win = FakeBrowserWindow.instances[1]
    expect(win.options).toMatchObject({ width: 1280, height: 720, fullscreen: false })

    // A display plugged in later: the same window moves there, no second projector.
    electron.screen.displays = [LAPTOP, PROJECTOR]
    expect(await openProjector(false)).toMatchObject({ value: { display: 'external' } })
    expect(FakeBrowserWindow.instances).toHaveLength(2)
    expect(win.setBounds).toHaveBeenLastCalledWith(PROJECTOR.bounds)
    expect(win.fullScreen).toBe(true)
    // And back onto the laptop's screen with the toggle.
    expect(await openProjector(true)).toMatchObject({ value: { display: 'same' } })
    expect(win.fullScreen).toBe(false)
    expect(win.bounds.x).toBeLessThan(1920)
  })

  it('has every security switch of the main window', async () => {
    const { openProjector, main } = await started()
    await openProjector(false)
    const prefs = FakeBrowserWindow.instances[1].options.webPreferences as Record<string, unknown>
    const mainPrefs = main.options.webPreferences as Record<string, unknown>
    expect(prefs).toEqual(mainPrefs)
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
    })
  })

  it("speaks the contract from its own top frame only, as the main window's page does", async () => {
    const { openProjector, api, planId } = await started()
    await openProjector(false)
    const frame = { url: `app://planvaerksted/index.html#projector/${planId}`, parent: null }
    expect(await api({ senderFrame: frame }, 'meeting.get', { planId })).toMatchObject({ ok: true })
    const sub = { url: frame.url, parent: {} }
    expect(await api({ senderFrame: sub }, 'meeting.get', { planId })).toMatchObject({
      ok: false,
      error: { code: 'forbidden-sender' },
    })
  })

  it('closes with the main window (so the app still quits) and on closeProjector', async () => {
    const { openProjector, api, planId, main } = await started()
    await openProjector(false)
    const win = FakeBrowserWindow.instances[1]
    main.emit('closed')
    expect(win.close).toHaveBeenCalled()

    await openProjector(false)
    const again = FakeBrowserWindow.instances[2]
    const closed = await api({ senderFrame: TOP }, 'meeting.closeProjector', { planId })
    expect(again.close).toHaveBeenCalled()
    expect(closed).toMatchObject({ ok: true, value: { presenting: null } })
  })
})

describe('projectorPlacement', () => {
  it('never puts the projector on the display the editor is on unless asked to', () => {
    const onSecond = projectorPlacement({
      displays: [PROJECTOR, LAPTOP],
      editorDisplay: PROJECTOR,
      sameScreen: false,
    })
    expect(onSecond.bounds).toEqual(LAPTOP.bounds)
    const small = { ...LAPTOP, workArea: { x: 0, y: 0, width: 1024, height: 600 } }
    const fitted = projectorPlacement({ displays: [small], editorDisplay: small, sameScreen: false })
    expect(fitted).toMatchObject({ display: 'same', bounds: { width: 1024, height: 600 }, fullscreen: false })
  })
})
