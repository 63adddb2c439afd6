import { resolve } from 'node:path'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(__dirname, '../../..')
const eslint = new ESLint({ cwd: ROOT })

/** The messages ESLint gives `code` as if it stood in `file` (a real file, so the type-aware
 * rules find its project). */
async function lintAs(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(ROOT, file) })
  return result.messages.map((m) => `${m.ruleId}: ${m.message}`)
}

const MAIN = 'src/main/window.ts'
const RENDERER = 'src/renderer/src/main.tsx'

/**
 * Electron's security checklist items that are about what the code must never contain are lint
 * rules (eslint.config.js, CHECKLIST_RED_FLAGS): each bad line here must be refused, so a rule that
 * was deleted or can no longer fire fails this test instead of passing silently.
 */
const BAD_LINES: [string, string, string][] = [
  ['remote module', MAIN, "import remote from '@electron/remote'\nexport { remote }"],
  ['enableRemoteModule', MAIN, 'export const o = { enableRemoteModule: true }'],
  ['nodeIntegration on', MAIN, 'export const o = { nodeIntegration: true }'],
  ['nodeIntegrationInSubFrames on', MAIN, 'export const o = { nodeIntegrationInSubFrames: true }'],
  ['contextIsolation off', MAIN, 'export const o = { contextIsolation: false }'],
  ['sandbox off', MAIN, 'export const o = { sandbox: false }'],
  ['webSecurity off', MAIN, 'export const o = { webSecurity: false }'],
  ['insecure content', MAIN, 'export const o = { allowRunningInsecureContent: true }'],
  ['experimental features', MAIN, 'export const o = { experimentalFeatures: true }'],
  ['blink features', MAIN, "export const o = { enableBlinkFeatures: 'X' }"],
  ['webviewTag', MAIN, 'export const o = { webviewTag: true }'],
  ['<webview>', RENDERER, 'export const W = () => <webview src="x" />'],
  ['allowpopups', RENDERER, 'export const W = () => <div allowpopups="true" />'],
  ['loadFile', MAIN, "export const f = (w: { loadFile(p: string): void }) => w.loadFile('index.html')"],
  ['file:// URL', MAIN, "export const f = (w: { loadURL(u: string): void }) => w.loadURL('file:///x')"],
  ['http:// URL', MAIN, 'export const f = (w: { loadURL(u: string): void }) => w.loadURL(`http://x`)'],
  ['eval', MAIN, "export const f = () => eval('1')"],
  ['new Function', MAIN, "export const f = () => new Function('return 1')"],
  [
    'ipcRenderer exposed',
    'src/preload/index.ts',
    "declare const b: { exposeInMainWorld(k: string, v: unknown): void }\ndeclare const ipcRenderer: unknown\nb.exposeInMainWorld('x', ipcRenderer)",
  ],
  [
    'certificate errors',
    MAIN,
    "export const f = (app: { on(e: string): void }) => app.on('certificate-error')",
  ],
  [
    'certificate verify proc',
    MAIN,
    'export const f = (s: { setCertificateVerifyProc(): void }) => s.setCertificateVerifyProc()',
  ],
  ['permission granted', MAIN, 'export const f = (callback: (ok: boolean) => void) => callback(true)'],
  [
    'shell.openExternal outside the host',
    'src/main/menu.ts',
    "declare const shell: { openExternal(u: string): Promise<void> }\nexport const f = () => shell.openExternal('https://x').catch(() => {})",
  ],
]

describe('lint refuses the Electron checklist red flags', () => {
  it.each(BAD_LINES)('%s', async (_name, file, code) => {
    const messages = await lintAs(file, code)
    expect(
      messages.some((m) => /no-restricted-syntax|no-eval|no-new-func/.test(m)),
      messages.join('\n'),
    ).toBe(true)
  })

  it('lets the host and the shell wiring call shell.openExternal (behind the link check)', async () => {
    const code =
      "declare const shell: { openExternal(u: string): Promise<void> }\nexport const f = () => shell.openExternal('https://x').catch(() => {})"
    expect(
      (await lintAs('src/main/host.ts', code)).filter((m) => m.startsWith('no-restricted-syntax')),
    ).toEqual([])
  })
})
