import { expect, it, vi } from 'vitest'
import { quitFlushRig } from '../main/quitFlushRig'

function setup() {
  const rig = quitFlushRig()
  return { ...rig, reply: (id: unknown) => rig.answer(id) }
}

for (const event of ['suspend', 'lock-screen']) {
  it(`${event}: every window is asked to save what is pending, and the app does not quit`, () => {
    const { app, powerMonitor, win, reply } = setup()
    powerMonitor.emit(event)
    expect(win.webContents.send).toHaveBeenCalledOnce()
    const [channel, id] = win.webContents.send.mock.calls[0]
    expect(channel).toBe('app.flushBeforeQuit')
    reply(id)
    expect(app.quit).not.toHaveBeenCalled()

    // Waking up and later quitting still goes through the whole quit handshake.
    const quitEvent = { preventDefault: vi.fn() }
    app.emit('before-quit', quitEvent)
    expect(quitEvent.preventDefault).toHaveBeenCalled()
    const quitId = win.webContents.send.mock.calls[1][1]
    expect(quitId).not.toBe(id)
    reply(quitId)
    expect(app.quit).toHaveBeenCalledOnce()
  })
}

it('a destroyed window is not asked', () => {
  const { powerMonitor, win } = setup()
  Object.assign(win, { isDestroyed: () => true })
  powerMonitor.emit('suspend')
  expect(win.webContents.send).not.toHaveBeenCalled()
})
