import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { FakeBrowserWindow, type FakeElectron } from '../main/fakeElectron'
import { makeStandInElectronDist, readFuseWire } from './standInElectron'

// The packaged main is started on the fake Electron as a packaged app.
vi.mock('electron', async () => {
  const fake = (await import('../main/fakeElectron')).createFakeElectron()
  fake.app.isPackaged = true
  return fake
})

const require = createRequire(import.meta.url)
const root = process.cwd()
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx'
const hasBuilder = (() => {
  try {
    require.resolve('electron-builder/package.json')
    return true
  } catch {
    return false
  }
})()
if (!hasBuilder) console.warn('packaging test skipped: electron-builder is not installed (npm install)')

type Asar = {
  listPackage(archive: string, opts?: object): string[]
  extractAll(archive: string, dest: string): void
}

describe.skipIf(!hasBuilder)('the Linux --dir package built offline against a stand-in Electron', () => {
  const work = mkdtempSync(join(tmpdir(), 'pv-pack-'))
  const appDir = join(work, 'dist', 'linux-unpacked')
  const archive = join(appDir, 'resources', 'app.asar')
  let log = ''
  let entries: string[] = []

  beforeAll(() => {
    if (!existsSync(join(root, 'out', 'main', 'index.js'))) {
      const built = spawnSync(npx, ['electron-vite', 'build'], { cwd: root, encoding: 'utf8' })
      if (built.status !== 0) throw new Error(`electron-vite build failed:\n${built.stderr}`)
    }
    const electronDist = makeStandInElectronDist(join(work, 'electron-dist'))
    const dead = 'http://127.0.0.1:9' // any download would fail at once, so the build proves it needs none
    const run = spawnSync(
      npx,
      [
        'electron-builder',
        '--linux',
        'dir',
        '--publish',
        'never',
        `-c.electronDist=${electronDist}`,
        `-c.directories.output=${join(work, 'dist')}`,
      ],
      {
        cwd: root,
        encoding: 'utf8',
        env: {
          ...process.env,
          ELECTRON_SKIP_BINARY_DOWNLOAD: '1',
          CSC_IDENTITY_AUTO_DISCOVERY: 'false',
          HTTP_PROXY: dead,
          HTTPS_PROXY: dead,
          http_proxy: dead,
          https_proxy: dead,
          npm_config_offline: 'true',
        },
      },
    )
    log = `${run.stdout}\n${run.stderr}`
    if (run.status !== 0) throw new Error(`electron-builder failed:\n${log}`)
    const asar = require('@electron/asar') as Asar
    entries = asar.listPackage(archive, { isPack: false }).map((e) => e.replaceAll('\\', '/'))
  }, 300_000)

  it('downloaded nothing (no NSIS, no Electron zip, no app-builder tools)', () => {
    expect(log).not.toMatch(/downloading|download /i)
  })

  it('holds the built main, preload and renderer and package.json', () => {
    for (const file of [
      '/out/main/index.js',
      '/out/main/docxWorker.js',
      '/out/preload/index.cjs',
      '/out/renderer/index.html',
      '/package.json',
    ])
      expect(entries).toContain(file)
  })

  it('holds no tests, sources, source maps, or dev tools', () => {
    expect(entries.filter((e) => /^\/(src|tests|bench|scripts|build|resources)(\/|$)/.test(e))).toEqual([])
    expect(entries.filter((e) => e.endsWith('.map'))).toEqual([])
    expect(entries.filter((e) => !e.startsWith('/node_modules/') && /\.tsx?$/.test(e))).toEqual([])
    const devOnly = [
      'electron',
      'electron-builder',
      'electron-vite',
      'vite',
      'vitest',
      'typescript',
      'eslint',
      'prettier',
      '@playwright/test',
      'playwright',
      'fast-check',
      'tsx',
      'happy-dom',
    ]
    for (const name of devOnly) expect(entries).not.toContain(`/node_modules/${name}/package.json`)
    expect(entries).toContain('/node_modules/zod/package.json')
  })

  it('puts every template and catalogue in <resources>/resources, where the packaged app reads them', () => {
    for (const folder of ['templates', 'catalogues']) {
      const packaged = readdirSync(join(appDir, 'resources', 'resources', folder)).sort()
      expect(packaged).toEqual(readdirSync(join(root, 'resources', folder)).sort())
    }
  })

  it('has flipped the fuses: no RunAsNode, NODE_OPTIONS or --inspect; ASAR integrity, ASAR only and cookie encryption on', () => {
    const exe = readFileSync(join(appDir, 'planvaerksted'))
    // RunAsNode, Cookies, NODE_OPTIONS, --inspect, ASAR integrity, ASAR only, V8 snapshot, file://
    expect(readFuseWire(exe)).toBe('01001100')
  })

  it('ships a preload without zod (a few kilobytes, not 460 KB)', () => {
    const dir = join(work, 'app')
    ;(require('@electron/asar') as Asar).extractAll(archive, dir)
    const preload = readFileSync(join(dir, 'out', 'preload', 'index.cjs'), 'utf8')
    expect(preload.length).toBeLessThan(20_000)
    expect(preload).not.toMatch(/ZodError|\$ZodType|require\("zod"\)/)
  })

  it('starts as a packaged app that ignores ELECTRON_RENDERER_URL and has no DevTools', async () => {
    const dir = join(work, 'app')
    if (!existsSync(dir)) (require('@electron/asar') as Asar).extractAll(archive, dir)
    const electron = (await import('electron')) as unknown as FakeElectron
    expect(electron.app.isPackaged).toBe(true)
    process.env.ELECTRON_RENDERER_URL = 'http://localhost:5173/'
    process.env.PLANVAERKSTED_DATA_DIR = mkdtempSync(join(tmpdir(), 'pv-pack-data-'))
    ;(process as { resourcesPath?: string }).resourcesPath = join(appDir, 'resources')
    try {
      await import(pathToFileURL(join(dir, 'out', 'main', 'index.js')).href)
      await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(1), { timeout: 15_000 })
      const win = FakeBrowserWindow.instances[0]
      expect(win.loadURL).toHaveBeenCalledWith('app://planvaerksted/index.html')
      expect((win.options.webPreferences as { devTools: boolean }).devTools).toBe(false)
      const api = electron.ipcMain.handlers.get('api')!
      const from = (url: string) => ({ senderFrame: { url, parent: null } })
      expect(await api(from('http://localhost:5173/index.html'), 'plans.list', undefined)).toMatchObject({
        ok: false,
        error: { code: 'forbidden-sender' },
      })
    } finally {
      for (const listener of electron.app.listeners('will-quit')) listener({ preventDefault() {} })
      delete process.env.ELECTRON_RENDERER_URL
      delete process.env.PLANVAERKSTED_DATA_DIR
    }
  }, 30_000)
})
