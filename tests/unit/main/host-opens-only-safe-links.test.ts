import { describe, expect, it, vi } from 'vitest'
import { createElectronHost } from '../../../src/main/host'

function setup() {
  const deps = {
    dialog: {
      showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: '/home/u/Dokumenter/plan.docx' })),
      showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] as string[] })),
    },
    shell: { openExternal: vi.fn(async (_url: string) => undefined) },
    app: { getVersion: () => '1.2.3', getPath: () => '/home/u/Dokumenter' },
    window: () => null,
  }
  return { deps, host: createElectronHost(deps as never) }
}

describe('Electron host', () => {
  it('opens https and mailto links in the system programs', async () => {
    const { deps, host } = setup()
    await host.openExternal('https://www.billund.dk/landdistrikter')
    await host.openExternal('mailto:konsulent@billund.dk')
    expect(deps.shell.openExternal.mock.calls.map((c) => c[0])).toEqual([
      'https://www.billund.dk/landdistrikter',
      'mailto:konsulent@billund.dk',
    ])
  })

  it.each([
    'file:///C:/Windows/System32/calc.exe',
    'javascript:alert(1)',
    'http://example.com',
    'ms-msdt:/id',
    '',
  ])('refuses %j with link-refused and opens nothing', async (url) => {
    const { deps, host } = setup()
    await expect(host.openExternal(url)).rejects.toMatchObject({ code: 'link-refused' })
    expect(deps.shell.openExternal).not.toHaveBeenCalled()
  })

  it('returns the chosen save path, proposes Documents, and null when a dialog is cancelled', async () => {
    const { deps, host } = setup()
    const filters = [{ name: 'Word', extensions: ['docx'] }]
    expect(await host.showSaveDialog({ title: 'Gem', defaultName: 'plan.docx', filters })).toBe(
      '/home/u/Dokumenter/plan.docx',
    )
    expect(deps.dialog.showSaveDialog.mock.calls[0]).toEqual([
      { title: 'Gem', defaultPath: '/home/u/Dokumenter/plan.docx', filters },
    ])
    expect(await host.showOpenDialog({ title: 'Åbn', filters })).toBeNull()
  })

  it('reports the version and the asset URL prefix', () => {
    const { host } = setup()
    expect(host.appVersion()).toBe('1.2.3')
    expect(host.assetBase()).toBe('pv-asset://plan/')
  })
})
