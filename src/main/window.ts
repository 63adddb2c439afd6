import { BrowserWindow, type WebPreferences } from 'electron'

/** Every security switch of the window in one readable place (Electron's security checklist). Each
 * line is asserted by tests/unit/main/window-security-settings.test.ts. Navigation, new windows and
 * webviews are blocked in navigationGuard.ts, permissions in permissions.ts. */
export function secureWebPreferences(opts: { preload: string; devTools: boolean }): WebPreferences {
  return {
    preload: opts.preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    // A middle click must not open links in a new window behind our back.
    disableBlinkFeatures: 'Auxclick',
    // A file dropped on the window must not replace the app with that file.
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: true,
    devTools: opts.devTools,
  }
}

export type MainWindowOptions = {
  preloadPath: string
  startUrl: string
  devTools: boolean
  title: string
}

/** The one app window, shown once it has painted so nobody stares at a white box. */
export function createMainWindow(opts: MainWindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 720,
    minHeight: 500,
    title: opts.title,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences({ preload: opts.preloadPath, devTools: opts.devTools }),
  })
  win.once('ready-to-show', () => win.show())
  void win.loadURL(opts.startUrl)
  return win
}
