// `npm start`: the built app in Electron. Without the Electron binary, electron-vite would end in a
// stack trace from inside Electron's installer; say in one sentence what is missing and what to do.
import { spawnSync } from 'node:child_process'
import { findElectronBinary } from './electronBinary'

const found = findElectronBinary()
if (found.path === null) {
  console.error(
    'Planværksted cannot start: the Electron program is not installed (it is downloaded by `npm install` unless ELECTRON_SKIP_BINARY_DOWNLOAD is set), so run `npm install electron` with internet access and then `npm start` again.',
  )
  process.exit(1)
}
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx'
const run = spawnSync(npx, ['electron-vite', 'preview'], {
  stdio: 'inherit',
  shell: process.platform === 'win32',
})
process.exit(run.status ?? 1)
