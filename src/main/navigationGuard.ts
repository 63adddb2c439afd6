import { isAllowedLink } from '../shared/document/linkPolicy'

/** The part of webContents the guard touches; a fake in tests, the real one in the app. */
export type GuardedContents = {
  on(
    event: 'will-navigate' | 'will-redirect',
    listener: (event: { preventDefault(): void; url: string }) => void,
  ): unknown
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void
}

export type GuardOptions = {
  isAppUrl(url: string): boolean
  /** Called only with links that passed isAllowedLink. */
  openExternal(url: string): void
}

/** The window never leaves the app: no navigation away, no new windows, no webviews. A https or
 * mailto link the user clicks opens in the system browser or mail program instead. */
export function guardWebContents(contents: GuardedContents, opts: GuardOptions): void {
  const openIfAllowed = (url: string): void => {
    if (isAllowedLink(url)) opts.openExternal(url)
  }
  const blockForeign = (event: { preventDefault(): void; url: string }): void => {
    if (opts.isAppUrl(event.url)) return
    event.preventDefault()
    openIfAllowed(event.url)
  }
  contents.on('will-navigate', blockForeign)
  contents.on('will-redirect', (event) => {
    if (!opts.isAppUrl(event.url)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    openIfAllowed(url)
    return { action: 'deny' }
  })
}
