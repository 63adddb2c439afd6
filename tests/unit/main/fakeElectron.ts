import { EventEmitter } from 'node:events'
import { vi } from 'vitest'

/** A stand-in for the `electron` module (no Electron binary on the test machine). Only the calls the
 * shell makes are here; each is a spy so tests can read what the shell asked Electron to do. */

let nextContentsId = 1

export class FakeWebContents extends EventEmitter {
  id = nextContentsId++
  session = fakeSession()
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null
  send = vi.fn()
  getURL = vi.fn(() => '')
  reload = vi.fn()
  replaceMisspelling = vi.fn()
  isDestroyed = vi.fn(() => false)
  printToPDF = vi.fn(async (_options: Record<string, unknown>) => Buffer.from('%PDF-1.4\n% a page\n%%EOF\n'))
  setWindowOpenHandler = vi.fn((handler: (details: { url: string }) => { action: string }) => {
    this.windowOpenHandler = handler
  })
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = []
  static getAllWindows = vi.fn(() => FakeBrowserWindow.instances.filter((w) => !w.destroyed))
  destroyed = false
  minimized = false
  webContents = new FakeWebContents()
  loadURL = vi.fn(async (_url: string) => undefined)
  show = vi.fn()
  focus = vi.fn()
  restore = vi.fn(() => {
    this.minimized = false
  })
  isMinimized = vi.fn(() => this.minimized)
  isDestroyed = vi.fn(() => this.destroyed)
  fullScreen = false
  bounds = { x: 0, y: 0, width: 1280, height: 860 }
  getBounds = vi.fn(() => this.bounds)
  setBounds = vi.fn((b: { x: number; y: number; width: number; height: number }) => {
    this.bounds = b
  })
  isFullScreen = vi.fn(() => this.fullScreen)
  setFullScreen = vi.fn((on: boolean) => {
    this.fullScreen = on
  })
  showInactive = vi.fn()
  close = vi.fn(() => {
    this.destroyed = true
    this.emit('closed')
  })
  constructor(public options: Record<string, unknown>) {
    super()
    FakeBrowserWindow.instances.push(this)
  }
}

export type FakeDisplay = {
  id: number
  bounds: { x: number; y: number; width: number; height: number }
  workArea: { x: number; y: number; width: number; height: number }
}

/** The laptop's display (id 1) and whatever the test plugs in beside it. */
export const LAPTOP: FakeDisplay = {
  id: 1,
  bounds: { x: 0, y: 0, width: 1920, height: 1080 },
  workArea: { x: 0, y: 0, width: 1920, height: 1040 },
}

function fakeScreen() {
  const screen = {
    displays: [LAPTOP] as FakeDisplay[],
    getAllDisplays: vi.fn(() => screen.displays),
    getPrimaryDisplay: vi.fn(() => screen.displays[0]),
    getDisplayMatching: vi.fn(() => screen.displays[0]),
  }
  return screen
}

function fakeSession() {
  return {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    setSpellCheckerEnabled: vi.fn((_enabled: boolean) => undefined),
    setSpellCheckerLanguages: vi.fn((_languages: string[]) => undefined),
    availableSpellCheckerLanguages: ['en-US', 'da', 'de'],
    addWordToSpellCheckerDictionary: vi.fn(() => true),
  }
}

class FakeApp extends EventEmitter {
  isPackaged = false
  requestSingleInstanceLock = vi.fn(() => true)
  quit = vi.fn()
  exit = vi.fn()
  whenReady = vi.fn(() => Promise.resolve())
  getPath = vi.fn((_name: string) => '/nonexistent/userData')
  getAppPath = vi.fn(() => process.cwd())
  getVersion = vi.fn(() => '0.1.0')
  commandLine = { appendSwitch: vi.fn() }
}

class FakeIpcMain extends EventEmitter {
  handlers = new Map<string, (...args: unknown[]) => unknown>()
  handle = vi.fn((channel: string, fn: (...args: unknown[]) => unknown) => {
    this.handlers.set(channel, fn)
  })
  removeHandler = vi.fn((channel: string) => {
    this.handlers.delete(channel)
  })
}

export function createFakeElectron() {
  return {
    app: new FakeApp(),
    BrowserWindow: FakeBrowserWindow,
    screen: fakeScreen(),
    session: { defaultSession: fakeSession() },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    ipcMain: new FakeIpcMain(),
    powerMonitor: new EventEmitter(),
    Menu: {
      buildFromTemplate: vi.fn((template: unknown[]) => ({ template, popup: vi.fn() })),
      setApplicationMenu: vi.fn(),
    },
    dialog: {
      showSaveDialog: vi.fn(async () => ({ canceled: true, filePath: '' })),
      showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] as string[] })),
      showErrorBox: vi.fn(),
      showMessageBox: vi.fn(async (_win: unknown, _opts: Record<string, unknown>) => ({ response: 0 })),
    },
    shell: {
      openExternal: vi.fn(async () => undefined),
      openPath: vi.fn(async (_path: string) => ''),
      showItemInFolder: vi.fn((_path: string) => undefined),
    },
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcRenderer: Object.assign(new EventEmitter(), {
      invoke: vi.fn(async () => ({ ok: true })),
      send: vi.fn(),
    }),
  }
}

export type FakeElectron = ReturnType<typeof createFakeElectron>
