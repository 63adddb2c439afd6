import type { BrowserWindow, Display, Screen } from 'electron'
import { runInBackground } from '../shared/async/runInBackground'
import type { ProjectorHost } from './hostApi'
import type { ProjectorWindowOptions } from './window'

type Bounds = Display['bounds']
type Placed = Pick<Display, 'id' | 'bounds' | 'workArea'>

/** The projector's hash route; the renderer's App reads the same prefix (features/projector). */
export const PROJECTOR_HASH = '#projector/'

/**
 * Where the projector goes: the first display that is not the one the editor is on, filled; with
 * no second display, or when the facilitator asked for "samme skærm", a 1280x720 window on the
 * editor's display (fitted to its work area), which they can drag or enlarge.
 */
export function projectorPlacement(opts: {
  displays: Placed[]
  editorDisplay: Placed
  sameScreen: boolean
}): { display: 'external' | 'same'; bounds: Bounds; fullscreen: boolean } {
  const other = opts.displays.find((d) => d.id !== opts.editorDisplay.id)
  if (other && !opts.sameScreen) return { display: 'external', bounds: other.bounds, fullscreen: true }
  const area = opts.editorDisplay.workArea
  const width = Math.min(1280, area.width)
  const height = Math.min(720, area.height)
  return {
    display: 'same',
    bounds: {
      x: area.x + Math.round((area.width - width) / 2),
      y: area.y + Math.round((area.height - height) / 2),
      width,
      height,
    },
    fullscreen: false,
  }
}

/**
 * The shell's one projector window: opening it again moves it (a display plugged in, "samme
 * skærm" toggled) rather than opening a second; it closes with the main window, so the app still
 * quits when the editor is closed.
 */
export function createProjectorHost(deps: {
  screen: Pick<Screen, 'getAllDisplays' | 'getDisplayMatching' | 'getPrimaryDisplay'>
  mainWindow(): BrowserWindow | null
  startUrl: string
  create(opts: Omit<ProjectorWindowOptions, 'preloadPath' | 'devTools' | 'title'>): BrowserWindow
}): ProjectorHost {
  let win: BrowserWindow | null = null
  let watchingMain: BrowserWindow | null = null

  const alive = (w: BrowserWindow | null): w is BrowserWindow => !!w && !w.isDestroyed()

  return {
    async open({ planId, sameScreen }) {
      const main = deps.mainWindow()
      const editorDisplay = alive(main)
        ? deps.screen.getDisplayMatching(main.getBounds())
        : deps.screen.getPrimaryDisplay()
      const place = projectorPlacement({ displays: deps.screen.getAllDisplays(), editorDisplay, sameScreen })
      const url = `${deps.startUrl.split('#')[0]}${PROJECTOR_HASH}${encodeURIComponent(planId)}`
      if (alive(win)) {
        if (win.isFullScreen() && !place.fullscreen) win.setFullScreen(false)
        win.setBounds(place.bounds)
        if (place.fullscreen) win.setFullScreen(true)
        if (win.webContents.getURL() !== url)
          runInBackground(win.loadURL(url), (err) =>
            console.error('[projector] loading the page failed:', err),
          )
        win.showInactive()
      } else {
        win = deps.create({ url, bounds: place.bounds, fullscreen: place.fullscreen })
        win.on('closed', () => {
          win = null
        })
      }
      if (alive(main) && watchingMain !== main) {
        watchingMain = main
        main.on('closed', () => {
          if (alive(win)) win.close()
        })
      }
      // The facilitator keeps typing in the editor: the projector never takes the focus.
      if (alive(main)) main.focus()
      return { display: place.display }
    },
    async close() {
      if (alive(win)) win.close()
      win = null
    },
  }
}
