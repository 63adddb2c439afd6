import { runInBackground } from '../shared/async/runInBackground'
import { BrowserWindow } from 'electron'

export type MainWindowOptions = {
  preloadPath: string
  startUrl: string
  devTools: boolean
  title: string
  /** Where a page that fails to load is said (the shell's log); the console when not given. */
  onLoadFailed?: (err: unknown) => void
}

/**
 * The one app window, shown once it has painted so nobody stares at a white box.
 * Every security switch of the window is written out here, as a literal, so that both readers and
 * electronegativity's static checks can see it (Electron's security checklist); each line is
 * asserted by tests/unit/main/window-security-settings.test.ts. Navigation, new windows and
 * webviews are blocked in navigationGuard.ts, permissions in permissions.ts.
 */
export function createMainWindow(opts: MainWindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 720,
    minHeight: 500,
    title: opts.title,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: opts.preloadPath,
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
      // Spelling is the app's own (renderer/features/spelling); Chromium's checker stays off (spellcheck.ts).
      spellcheck: false,
      devTools: opts.devTools,
    },
  })
  win.once('ready-to-show', () => win.show())
  runInBackground(
    win.loadURL(opts.startUrl),
    opts.onLoadFailed ?? ((err) => console.error('[window] loading the page failed:', err)),
  )
  return win
}

export type ProjectorWindowOptions = {
  preloadPath: string
  /** The app's page with the projector's route in its hash (#projector/<planId>). */
  url: string
  devTools: boolean
  title: string
  bounds: { x: number; y: number; width: number; height: number }
  /** On a second display the window fills it; on the laptop's own it is a window beside the editor. */
  fullscreen: boolean
}

/**
 * The citizens' meeting's projector window: the same page and preload as the main window and the
 * same switches, each written out again as a literal for the same reason (and asserted by the same
 * test). The app-wide guards (navigationGuard via web-contents-created, the default session's
 * permissions, ipc.ts's top-frame check) apply to it as they do to the main window.
 */
export function createProjectorWindow(opts: ProjectorWindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    ...opts.bounds,
    title: opts.title,
    show: false,
    fullscreen: opts.fullscreen,
    autoHideMenuBar: true,
    backgroundColor: '#000000',
    webPreferences: {
      preload: opts.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      devTools: opts.devTools,
    },
  })
  win.once('ready-to-show', () => win.showInactive())
  runInBackground(win.loadURL(opts.url), (err) => console.error('[projector] loading the page failed:', err))
  return win
}
