import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { shellPaths } from '../../../src/main/paths'

const base = {
  mainDir: join('/repo', 'out', 'main'),
  isPackaged: false,
  resourcesPath: join('/opt', 'Planvaerksted', 'resources'),
  userData: join('/home', 'u', '.config', 'Planværksted'),
}

describe('shell paths', () => {
  it("keeps plans in Electron's userData by default", () => {
    expect(shellPaths({ ...base, env: {} }).dataDir).toBe(base.userData)
    expect(shellPaths({ ...base, env: { PLANVAERKSTED_DATA_DIR: '  ' } }).dataDir).toBe(base.userData)
  })

  it('uses PLANVAERKSTED_DATA_DIR when set, made absolute', () => {
    expect(shellPaths({ ...base, env: { PLANVAERKSTED_DATA_DIR: '/tmp/pv' } }).dataDir).toBe(
      resolve('/tmp/pv'),
    )
    expect(shellPaths({ ...base, env: { PLANVAERKSTED_DATA_DIR: 'rel/dir' } }).dataDir).toBe(
      resolve('rel/dir'),
    )
  })

  it('finds resources in the repo while developing and beside the app when packaged', () => {
    expect(shellPaths({ ...base, env: {} }).resourcesDir).toBe(join('/repo', 'resources'))
    expect(shellPaths({ ...base, isPackaged: true, env: {} }).resourcesDir).toBe(
      join(base.resourcesPath, 'resources'),
    )
  })

  it('loads the renderer and the CommonJS preload from beside the main bundle', () => {
    const paths = shellPaths({ ...base, env: {} })
    expect(paths.rendererDir).toBe(join('/repo', 'out', 'renderer'))
    expect(paths.preloadPath).toBe(join('/repo', 'out', 'preload', 'index.cjs'))
  })
})
