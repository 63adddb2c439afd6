import { join, resolve } from 'node:path'

export type ShellPaths = { dataDir: string; resourcesDir: string; rendererDir: string; preloadPath: string }

/** Where everything is. The data folder is Electron's userData unless PLANVAERKSTED_DATA_DIR names
 * another (tests and portable installs use it); the renderer and preload sit beside the main bundle. */
export function shellPaths(opts: {
  mainDir: string
  isPackaged: boolean
  resourcesPath: string
  userData: string
  env: Record<string, string | undefined>
}): ShellPaths {
  const override = opts.env.PLANVAERKSTED_DATA_DIR?.trim()
  return {
    dataDir: override ? resolve(override) : opts.userData,
    // In development the bundle sits in <repo>/out/main; app.getAppPath() would be out/main itself
    // when Electron is started on the file (as the Playwright journeys do), so it is not used.
    resourcesDir: opts.isPackaged
      ? join(opts.resourcesPath, 'resources')
      : join(opts.mainDir, '..', '..', 'resources'),
    rendererDir: join(opts.mainDir, '..', 'renderer'),
    preloadPath: join(opts.mainDir, '..', 'preload', 'index.cjs'),
  }
}
