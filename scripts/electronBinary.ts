import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** Where the Electron binary is, or why there is none. `require('electron')` is not used for this:
 * when the binary is missing it tries to download it. */
export function findElectronBinary(root = process.cwd()): { path: string } | { path: null; reason: string } {
  const pkg = join(root, 'node_modules', 'electron')
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const candidate = join(process.env.ELECTRON_OVERRIDE_DIST_PATH, 'electron')
    if (existsSync(candidate)) return { path: candidate }
  }
  const pathFile = join(pkg, 'path.txt')
  if (!existsSync(pathFile)) {
    return { path: null, reason: 'No Electron binary installed (node_modules/electron/path.txt missing)' }
  }
  const binary = join(pkg, 'dist', readFileSync(pathFile, 'utf8').trim())
  if (!existsSync(binary)) return { path: null, reason: `No Electron binary at ${binary}` }
  return { path: binary }
}
