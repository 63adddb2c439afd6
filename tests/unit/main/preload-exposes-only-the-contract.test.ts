import { describe, expect, it, vi } from 'vitest'
import type { FakeElectron } from './fakeElectron'
import { commandNames } from '../../../src/shared/api'

vi.mock('electron', async () => (await import('./fakeElectron')).createFakeElectron())

const electron = (await import('electron')) as unknown as FakeElectron
await import('../../../src/preload/index')

const exposed = new Map<string, Record<string, unknown>>(
  electron.contextBridge.exposeInMainWorld.mock.calls.map((c) => [
    c[0] as string,
    c[1] as Record<string, unknown>,
  ]),
)

describe('the preload bridge', () => {
  it('exposes window.api and window.appEvents and nothing else', () => {
    expect([...exposed.keys()].sort()).toEqual(['api', 'appEvents'])
  })

  it('gives window.api exactly one function per contract command', () => {
    const api = exposed.get('api')!
    expect(Object.keys(api).sort()).toEqual([...commandNames].sort())
    for (const fn of Object.values(api)) expect(typeof fn).toBe('function')
    expect(api).not.toHaveProperty('invoke')
    expect(api).not.toHaveProperty('send')
    expect(api).not.toHaveProperty('ipcRenderer')
  })

  it('sends each command over the one api channel and hands back the raw envelope', async () => {
    const envelope = { ok: false, error: { code: 'stale-rev', message: 'x' } }
    electron.ipcRenderer.invoke.mockResolvedValueOnce(envelope as never)
    const api = exposed.get('api') as Record<string, (i: unknown) => Promise<unknown>>
    await expect(api['plans.save']({ id: 'p', rev: 1, doc: { type: 'doc' } })).resolves.toBe(envelope)
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith('api', 'plans.save', {
      id: 'p',
      rev: 1,
      doc: { type: 'doc' },
    })
  })

  it('answers a flush request only after the renderer finished saving', async () => {
    const appEvents = exposed.get('appEvents') as { onFlushBeforeQuit(cb: () => Promise<void>): () => void }
    expect(Object.keys(appEvents)).toEqual(['onFlushBeforeQuit'])
    let finishSave!: () => void
    const saved = new Promise<void>((r) => (finishSave = r))
    const off = appEvents.onFlushBeforeQuit(() => saved)
    electron.ipcRenderer.emit('app.flushBeforeQuit', {}, 'flush-1')
    await new Promise((r) => setTimeout(r, 10))
    expect(electron.ipcRenderer.send).not.toHaveBeenCalled()
    finishSave()
    await vi.waitFor(() => expect(electron.ipcRenderer.send).toHaveBeenCalledWith('app.flushed', 'flush-1'))
    off()
  })

  it('still answers when a flush callback fails, and at once when none is registered', async () => {
    const appEvents = exposed.get('appEvents') as { onFlushBeforeQuit(cb: () => Promise<void>): () => void }
    const off = appEvents.onFlushBeforeQuit(async () => {
      throw new Error('disk full')
    })
    electron.ipcRenderer.emit('app.flushBeforeQuit', {}, 'flush-2')
    await vi.waitFor(() => expect(electron.ipcRenderer.send).toHaveBeenCalledWith('app.flushed', 'flush-2'))
    off()
    electron.ipcRenderer.emit('app.flushBeforeQuit', {}, 'flush-3')
    await vi.waitFor(() => expect(electron.ipcRenderer.send).toHaveBeenCalledWith('app.flushed', 'flush-3'))
  })
})
