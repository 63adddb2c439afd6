import { runInBackground } from '../shared/async/runInBackground'
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  powerMonitor,
  protocol,
  screen,
  session,
  shell,
} from 'electron'
import { AppError, type Envelope } from '../shared/model/errors'
import type { Language } from '../shared/model/settings'
import type { Host } from './hostApi'
import { isAppUrl, rendererSource } from './appUrl'
import { savedLanguage } from './backend/store/savedLanguage'
import { chromiumLocale } from './chromiumLocale'
import { attachContextMenu } from './contextMenu'
import { createElectronHost } from './host'
import { createApiHandler, registerApiChannel } from './ipc'
import { labelsFor } from './labels'
import { buildAppMenuTemplate } from './menu'
import { guardWebContents } from './navigationGuard'
import { shellPaths } from './paths'
import { denyAllPermissions } from './permissions'
import { registerPrivilegedSchemes, registerProtocolHandlers, type AssetResolver } from './protocol'
import { installQuitFlush } from './quit'
import { switchOffBuiltInSpellChecker } from './spellcheck'
import { createMainWindow, createProjectorWindow } from './window'
import { createProjectorHost } from './projectorWindow'
import { createRotatingLog, type RotatingLog } from './backend/log/rotatingLog'
import { logDirOf } from './backend/log/logDir'
import { describeError } from './backend/log/logLine'
import { installCrashRecovery } from './crashRecovery'

export type StartDeps<B extends { assets: AssetResolver }, H> = {
  createBackend(opts: { dataDir: string; resourcesDir: string; log: RotatingLog }): Promise<B> | B
  createHandlers(backend: B, host: Host): H
  dispatch(
    handlers: H,
    name: unknown,
    input: unknown,
    onInternal?: (name: string, err: unknown) => void,
  ): Promise<Envelope<unknown>>
  /** Folder of the built main bundle (out/main); the renderer and preload sit beside it. */
  mainDir: string
}

function languageOf(envelope: Envelope<unknown>): Language | undefined {
  if (!envelope.ok) return undefined
  const language = (envelope.value as { language?: unknown } | null)?.language
  return language === 'en' || language === 'da' ? language : undefined
}

/** The Electron lifecycle: one instance, one window, and everything wired before it opens. */
export function startApp<B extends { assets: AssetResolver }, H>(deps: StartDeps<B, H>): void {
  registerPrivilegedSchemes(protocol)
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return
  }

  const source = rendererSource({ isPackaged: app.isPackaged, env: process.env })
  const isOurs = (url: string): boolean => isAppUrl(url, source.devOrigin)
  let mainWindow: BrowserWindow | null = null
  const paths = shellPaths({
    mainDir: deps.mainDir,
    isPackaged: app.isPackaged,
    resourcesPath: process.resourcesPath,
    userData: app.getPath('userData'),
    env: process.env,
  })
  // Chromium reads its locale once, before ready: a Danish UI gets Danish built-in controls too.
  let language: Language = savedLanguage(paths.dataDir)
  app.commandLine.appendSwitch('lang', chromiumLocale(language))

  // The log opens first, so that a failed start and anything uncaught before the window is there
  // are written down too.
  const log = createRotatingLog({ dir: logDirOf(paths.dataDir) })
  log.info(
    'main',
    `start ${app.getVersion()} (${process.platform}, Electron ${process.versions.electron ?? '?'})`,
  )
  let backendFlush: () => Promise<void> = async () => undefined
  const crashes = installCrashRecovery({
    process,
    ipcMain,
    dialog,
    log,
    window: () => mainWindow,
    flushBackend: () => backendFlush(),
    labels: () => labelsFor(language),
    isAppUrl: isOurs,
  })

  app.on('second-instance', () => {
    if (!mainWindow || mainWindow.isDestroyed()) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.show()
    mainWindow.focus()
  })
  app.on('web-contents-created', (_event, contents) => {
    guardWebContents(contents, {
      isAppUrl: isOurs,
      openExternal: (url) =>
        runInBackground(shell.openExternal(url), (err) =>
          log.warn('main', `opening a link failed: ${describeError(err)}`),
        ),
    })
  })
  app.on('window-all-closed', () => app.quit())

  const applyMenu = (): void => {
    const template = buildAppMenuTemplate(labelsFor(language), {
      isPackaged: app.isPackaged,
      isMac: process.platform === 'darwin',
    })
    Menu.setApplicationMenu(Menu.buildFromTemplate(template))
  }

  async function ready(): Promise<void> {
    denyAllPermissions(session.defaultSession)
    switchOffBuiltInSpellChecker(session.defaultSession)

    const backend = await deps.createBackend({
      dataDir: paths.dataDir,
      resourcesDir: paths.resourcesDir,
      log,
    })
    installBackendClose(backend)
    backendFlush = backendFlushOf(backend)
    const host: Host = {
      ...createElectronHost({ dialog, shell, app, window: () => mainWindow }),
      projector: createProjectorHost({
        screen,
        mainWindow: () => mainWindow,
        startUrl: source.startUrl,
        create: (opts) =>
          createProjectorWindow({
            ...opts,
            preloadPath: paths.preloadPath,
            devTools: source.devTools,
            title: `Planværksted: ${labelsFor(language).projectorTitle}`,
          }),
      }),
    }
    const handlers = deps.createHandlers(backend, host)
    const dispatch = async (name: unknown, input: unknown): Promise<Envelope<unknown>> => {
      const result = await deps.dispatch(handlers, name, input, (command, err) =>
        log.error('main', `${command} failed: ${describeError(err)}`),
      )
      // The shell's own few words (menus) follow the language chosen in settings.
      if (name === 'settings.set' && languageOf(result) && languageOf(result) !== language) {
        language = languageOf(result) ?? language
        applyMenu()
      }
      return result
    }
    const initial = await dispatch('settings.get', undefined).catch(() => null)
    language = (initial && languageOf(initial)) ?? language

    registerProtocolHandlers(protocol, { rendererDir: paths.rendererDir, assets: backend.assets })
    registerApiChannel(ipcMain, createApiHandler({ isAllowedSender: isOurs, dispatch }))
    const quit = installQuitFlush({
      app,
      ipcMain,
      powerMonitor,
      windows: () => BrowserWindow.getAllWindows(),
      isAppUrl: isOurs,
    })
    applyMenu()

    mainWindow = createMainWindow({
      preloadPath: paths.preloadPath,
      startUrl: source.startUrl,
      onLoadFailed: (err) => log.error('main', `loading the window failed: ${describeError(err)}`),
      devTools: source.devTools,
      title: 'Planværksted',
    })
    quit.attachWindow(mainWindow)
    crashes.attachWindow(mainWindow)
    attachContextMenu(mainWindow.webContents, () => labelsFor(language))
  }

  app
    .whenReady()
    .then(ready)
    .catch((err: unknown) => {
      const labels = labelsFor(language)
      log.error('main', `start failed: ${describeError(err)}`)
      // Another process holds the data folder (the backend's lock): say so in plain words.
      if (err instanceof AppError && err.code === 'file-locked') {
        dialog.showErrorBox(labels.startFailedTitle, labels.dataDirInUse)
      } else {
        const detail = err instanceof Error ? err.message : String(err)
        dialog.showErrorBox(labels.startFailedTitle, `${labels.startFailed}\n\n${detail}`)
      }
      app.exit(1)
    })
}

/** The backend's writes behind the saves (plans.flush), when it has them. */
function backendFlushOf(backend: unknown): () => Promise<void> {
  const plans = (backend as { plans?: { flush?: () => Promise<void> } }).plans
  return typeof plans?.flush === 'function' ? () => plans.flush!() : async () => undefined
}

/** A backend that holds the data folder lock gets to release it before the process ends. */
function installBackendClose(backend: unknown): void {
  const close = (backend as { close?: () => unknown }).close
  if (typeof close !== 'function') return
  let closed = false
  app.on('will-quit', (event) => {
    if (closed) return
    event.preventDefault()
    closed = true
    Promise.resolve()
      .then(() => close.call(backend))
      .catch(() => undefined)
      .finally(() => app.quit())
  })
}
