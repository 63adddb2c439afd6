import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const TESTS = resolve(__dirname, '..')

/**
 * Electron's security checklist (https://www.electronjs.org/docs/latest/tutorial/security), item by
 * item, with the test that asserts it and a string that test must contain. If a test is renamed or
 * loses its assertion, this map fails instead of the item silently going unchecked.
 */
const CHECKLIST: { item: string; test: string; mustContain: string }[] = [
  {
    item: '1 Only load secure content',
    test: 'main/navigation-and-new-windows-are-blocked.test.ts',
    mustContain: 'http://example.com/',
  },
  {
    item: '2 No Node.js integration for remote content',
    test: 'main/window-security-settings.test.ts',
    mustContain: "['nodeIntegration', false]",
  },
  {
    item: '3 Context isolation',
    test: 'main/window-security-settings.test.ts',
    mustContain: "['contextIsolation', true]",
  },
  {
    item: '4 Process sandboxing',
    test: 'main/window-security-settings.test.ts',
    mustContain: "['sandbox', true]",
  },
  {
    item: '5 Session permission requests (and checks) handled',
    test: 'main/permission-requests-are-denied.test.ts',
    mustContain: 'setPermissionCheckHandler',
  },
  {
    item: '6 webSecurity not disabled',
    test: 'main/window-security-settings.test.ts',
    mustContain: "['webSecurity', true]",
  },
  {
    item: '7 A Content Security Policy, no unsafe-eval',
    test: 'security/renderer-page-csp-allows-no-code-from-outside.test.ts',
    mustContain: 'unsafe-eval',
  },
  {
    item: '8 allowRunningInsecureContent off',
    test: 'main/window-security-settings.test.ts',
    mustContain: "['allowRunningInsecureContent', false]",
  },
  {
    item: '9 No experimental features',
    test: 'main/window-security-settings.test.ts',
    mustContain: "['experimentalFeatures', false]",
  },
  {
    item: '10 No enableBlinkFeatures',
    test: 'main/window-security-settings.test.ts',
    mustContain: 'enableBlinkFeatures',
  },
  {
    item: '11 <webview>: no allowpopups (no webviews at all)',
    test: 'security/source-has-none-of-the-checklist-red-flags.test.ts',
    mustContain: 'allowpopups',
  },
  {
    item: '12 <webview>: options verified (attaching refused)',
    test: 'main/navigation-and-new-windows-are-blocked.test.ts',
    mustContain: 'will-attach-webview',
  },
  {
    item: '13 Navigation limited',
    test: 'main/navigation-and-new-windows-are-blocked.test.ts',
    mustContain: 'will-navigate',
  },
  {
    item: '14 New windows limited (setWindowOpenHandler)',
    test: 'main/navigation-and-new-windows-are-blocked.test.ts',
    mustContain: 'setWindowOpenHandler',
  },
  {
    item: '15 shell.openExternal only with checked content',
    test: 'main/host-opens-only-safe-links.test.ts',
    mustContain: 'link-refused',
  },
  {
    item: '16 A current Electron',
    test: 'security/electron-version-and-fuses.test.ts',
    mustContain: 'toBeGreaterThanOrEqual(45)',
  },
  {
    item: '17 The sender of every IPC message validated',
    test: 'main/ipc-checks-sender-name-and-input-before-handlers.test.ts',
    mustContain: 'forbidden-sender',
  },
  {
    item: '18 A custom protocol instead of file://',
    test: 'main/window-security-settings.test.ts',
    mustContain: 'not file://',
  },
  {
    item: '19 Fuses (not applicable until packaged; guarded)',
    test: 'security/electron-version-and-fuses.test.ts',
    mustContain: 'runAsNode',
  },
  {
    item: '20 No Electron APIs exposed to web content',
    test: 'main/preload-exposes-only-the-contract.test.ts',
    mustContain: 'ipcRenderer',
  },
]

describe("Electron's security checklist", () => {
  it('has all twenty items mapped', () => {
    expect(CHECKLIST.map((c) => Number(c.item.split(' ')[0]))).toEqual([...Array(20)].map((_, i) => i + 1))
  })
  it.each(CHECKLIST)('$item → $test', ({ test, mustContain }) => {
    const path = resolve(TESTS, test)
    expect(existsSync(path), `${test} is missing`).toBe(true)
    expect(readFileSync(path, 'utf8')).toContain(mustContain)
  })
})
