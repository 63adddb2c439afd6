import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(__dirname, '../../..')
const SRC = join(ROOT, 'src')

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (name === 'node_modules' || name.startsWith('out')) return []
    if (statSync(path).isDirectory()) return filesUnder(path)
    return /\.(ts|tsx|html|cjs|mjs|js)$/.test(name) ? [path] : []
  })
}

/** Code without its comments, so a comment explaining why something is absent does not trip the scan. */
function code(path: string): string {
  return readFileSync(path, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1')
}

const sources = filesUnder(SRC).map((path) => ({ path: relative(ROOT, path), text: code(path) }))

/** Electron security checklist items that are about what the code must never contain. */
const RED_FLAGS: [string, RegExp][] = [
  [
    'no remote module (checklist: do not expose Electron APIs)',
    /@electron\/remote|enableRemoteModule|\.remote\b/,
  ],
  ['no nodeIntegration turned on', /nodeIntegration(InWorker|InSubFrames)?\s*:\s*true/],
  ['no contextIsolation turned off', /contextIsolation\s*:\s*false/],
  ['no sandbox turned off', /sandbox\s*:\s*false/],
  ['no webSecurity turned off', /webSecurity\s*:\s*false/],
  ['no insecure content allowed', /allowRunningInsecureContent\s*:\s*true/],
  ['no experimental features', /experimentalFeatures\s*:\s*true/],
  ['no blink features enabled', /enableBlinkFeatures/],
  ['no <webview> and no allowpopups', /<webview|allowpopups|webviewTag\s*:\s*true/i],
  ['no file:// loading (custom protocol instead)', /loadFile\(|loadURL\(\s*['"`]file:/],
  ['no http:// page loaded', /loadURL\(\s*['"`]http:/],
  ['no eval or new Function', /\beval\(|new Function\(/],
  ['no generic IPC exposed from the preload', /exposeInMainWorld\([^)]*ipcRenderer/],
  ['no certificate errors waved through', /certificate-error|setCertificateVerifyProc/],
  ['no permission handler that says yes', /callback\(\s*true\s*\)/],
]

/** A known-bad line per flag: proves each pattern can fire at all. */
const BAD_SAMPLES: Record<string, string> = {
  'no remote module': "require('@electron/remote')",
  'no nodeIntegration turned on': 'nodeIntegration: true',
  'no contextIsolation turned off': 'contextIsolation: false',
  'no sandbox turned off': 'sandbox: false',
  'no webSecurity turned off': 'webSecurity: false',
  'no insecure content allowed': 'allowRunningInsecureContent: true',
  'no experimental features': 'experimentalFeatures: true',
  'no blink features enabled': "enableBlinkFeatures: 'X'",
  'no <webview> and no allowpopups': '<webview allowpopups src=x>',
  'no file:// loading': "win.loadFile('index.html')",
  'no http:// page loaded': "win.loadURL('http://x')",
  'no eval or new Function': 'eval(code)',
  'no generic IPC exposed': "exposeInMainWorld('x', ipcRenderer)",
  'no certificate errors': "app.on('certificate-error', ok)",
  'no permission handler that says yes': 'callback( true )',
}

describe('the source has none of the Electron checklist red flags', () => {
  it.each(RED_FLAGS)('%s', (_name, pattern) => {
    const hits = sources.filter((s) => pattern.test(s.text)).map((s) => s.path)
    expect(hits).toEqual([])
  })

  it('calls shell.openExternal only from the host and the navigation guard, both behind the link check', () => {
    const callers = sources.filter((s) => /shell\.openExternal\(/.test(s.text)).map((s) => s.path)
    expect(callers.sort()).toEqual(['src/main/host.ts', 'src/main/lifecycle.ts'].sort())
    // lifecycle.ts only hands it to guardWebContents, which lets https/mailto through and nothing else.
    const lifecycle = sources.find((s) => s.path === 'src/main/lifecycle.ts')!.text
    expect(lifecycle).toMatch(
      /guardWebContents\([^]*openExternal: \(url\) => void shell\.openExternal\(url\)/,
    )
    const host = sources.find((s) => s.path === 'src/main/host.ts')!.text
    expect(host).toMatch(/isAllowedLink|linkPolicy/)
  })

  it.each(RED_FLAGS)('the pattern for "%s" catches a known-bad line', (name, pattern) => {
    const sample = Object.entries(BAD_SAMPLES).find(([prefix]) => name.startsWith(prefix))?.[1]
    expect(sample, `no sample for ${name}`).toBeDefined()
    expect(pattern.test(sample!)).toBe(true)
  })

  it('the scan sees the whole tree (a broken glob would pass vacuously)', () => {
    expect(sources.length).toBeGreaterThan(100)
    expect(sources.some((s) => s.path === 'src/main/window.ts')).toBe(true)
    expect(sources.some((s) => s.path === 'src/preload/index.ts')).toBe(true)
  })
})
