import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createQuitFlush } from '../../../src/main/quitFlush'
import { quitFlushRig } from './quitFlushRig'

const preventable = () => ({ preventDefault: vi.fn() })

describe('quit flush (pure)', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  function setup(ids = [7]) {
    const sent: Array<{ id: number; requestId: string }> = []
    const quit = vi.fn()
    const flush = createQuitFlush({
      targets: () => ids.map((id) => ({ id, requestFlush: (requestId) => sent.push({ id, requestId }) })),
      quit,
      timeoutMs: 5000,
    })
    return { flush, sent, quit }
  }

  it('holds the quit, asks the window to flush, and quits once it answers', () => {
    const { flush, sent, quit } = setup()
    const event = preventable()
    flush.onQuitRequested(event)
    expect(event.preventDefault).toHaveBeenCalledOnce()
    expect(sent).toHaveLength(1)
    expect(quit).not.toHaveBeenCalled()
    flush.onFlushed(7, sent[0].requestId)
    expect(quit).toHaveBeenCalledOnce()
    // The real quit that follows must not be held again.
    const again = preventable()
    flush.onQuitRequested(again)
    expect(again.preventDefault).not.toHaveBeenCalled()
  })

  it('quits after the timeout when no answer comes', () => {
    const { flush, quit } = setup()
    flush.onQuitRequested(preventable())
    vi.advanceTimersByTime(4999)
    expect(quit).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(quit).toHaveBeenCalledOnce()
  })

  it('does not ask twice when quit is requested again while waiting', () => {
    const { flush, sent, quit } = setup()
    flush.onQuitRequested(preventable())
    const second = preventable()
    flush.onQuitRequested(second)
    expect(second.preventDefault).toHaveBeenCalledOnce()
    expect(sent).toHaveLength(1)
    flush.onFlushed(7, sent[0].requestId)
    vi.advanceTimersByTime(10_000)
    expect(quit).toHaveBeenCalledOnce()
  })

  it('waits for every window, and ignores answers from the wrong sender or unknown ids', () => {
    const { flush, sent, quit } = setup([1, 2])
    flush.onQuitRequested(preventable())
    flush.onFlushed(2, sent[0].requestId)
    flush.onFlushed(1, 'flush-999')
    flush.onFlushed(1, 42)
    expect(quit).not.toHaveBeenCalled()
    flush.onFlushed(1, sent[0].requestId)
    expect(quit).not.toHaveBeenCalled()
    flush.onFlushed(2, sent[1].requestId)
    expect(quit).toHaveBeenCalledOnce()
  })

  it('quits at once when there is no window to flush', () => {
    const { flush, quit } = setup([])
    flush.onQuitRequested(preventable())
    expect(quit).toHaveBeenCalledOnce()
  })
})

describe('quit flush wired to Electron events', () => {
  function setup() {
    const rig = quitFlushRig()
    const requestId = () => rig.win.webContents.send.mock.calls[0][1] as string
    const reply = (url: string, id = requestId(), senderId = 3) => rig.answer(id, url, senderId)
    return { ...rig, requestId, reply }
  }

  it('before-quit sends app.flushBeforeQuit and quits after our own page answers', () => {
    const { app, win, reply } = setup()
    const event = preventable()
    app.emit('before-quit', event)
    expect(event.preventDefault).toHaveBeenCalled()
    expect(win.webContents.send).toHaveBeenCalledWith('app.flushBeforeQuit', expect.any(String))
    reply('https://evil.example/')
    expect(app.quit).not.toHaveBeenCalled()
    reply('app://planvaerksted/index.html')
    expect(app.quit).toHaveBeenCalledOnce()
  })

  it('closing the window goes through the same handshake', () => {
    const { app, win, reply } = setup()
    const close = preventable()
    win.emit('close', close)
    expect(close.preventDefault).toHaveBeenCalled()
    reply('app://planvaerksted/index.html')
    expect(app.quit).toHaveBeenCalledOnce()
    const closeAgain = preventable()
    win.emit('close', closeAgain)
    expect(closeAgain.preventDefault).not.toHaveBeenCalled()
  })

  it('a system shutdown and a Windows log-off flush too', () => {
    const shutdown = setup()
    const event = preventable()
    shutdown.powerMonitor.emit('shutdown', event)
    expect(event.preventDefault).toHaveBeenCalled()
    expect(shutdown.win.webContents.send).toHaveBeenCalledOnce()

    const logoff = setup()
    const query = preventable()
    logoff.win.emit('query-session-end', query)
    expect(query.preventDefault).toHaveBeenCalled()
    expect(logoff.win.webContents.send).toHaveBeenCalledOnce()
    logoff.reply('app://planvaerksted/index.html')
    expect(logoff.app.quit).toHaveBeenCalledOnce()
  })
})
