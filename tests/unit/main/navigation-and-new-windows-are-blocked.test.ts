import { EventEmitter } from 'node:events'
import { describe, expect, it, vi } from 'vitest'
import { guardWebContents } from '../../../src/main/navigationGuard'
import { isAppUrl } from '../../../src/main/appUrl'

function guarded() {
  const contents = Object.assign(new EventEmitter(), {
    openHandler: null as null | ((d: { url: string }) => { action: 'deny' }),
    setWindowOpenHandler(h: (d: { url: string }) => { action: 'deny' }) {
      this.openHandler = h
    },
  })
  const openExternal = vi.fn()
  guardWebContents(contents, { isAppUrl: (u) => isAppUrl(u), openExternal })
  const fire = (name: string, url = '') => {
    const event = { url, preventDefault: vi.fn() }
    contents.emit(name, event)
    return event.preventDefault
  }
  return { contents, openExternal, fire }
}

describe('navigation guard', () => {
  it('lets the app move inside itself', () => {
    const { fire } = guarded()
    expect(fire('will-navigate', 'app://planvaerksted/index.html#/plans')).not.toHaveBeenCalled()
  })

  it.each([
    'https://example.com/',
    'http://example.com/',
    'file:///C:/Windows/system32/calc.exe',
    'app://planvaerksted.evil/index.html',
    'javascript:alert(1)',
  ])('blocks navigation to %s', (url) => {
    const { fire } = guarded()
    expect(fire('will-navigate', url)).toHaveBeenCalledOnce()
    expect(fire('will-redirect', url)).toHaveBeenCalledOnce()
  })

  it('sends a clicked https link to the system browser instead', () => {
    const { fire, openExternal } = guarded()
    fire('will-navigate', 'https://www.billund.dk/')
    expect(openExternal).toHaveBeenCalledWith('https://www.billund.dk/')
  })

  it('refuses webviews', () => {
    const { fire } = guarded()
    expect(fire('will-attach-webview')).toHaveBeenCalledOnce()
  })

  it('denies every window.open and opens only https and mailto externally', () => {
    const { contents, openExternal } = guarded()
    const open = contents.openHandler!
    expect(open({ url: 'https://kommune.dk/politik' })).toEqual({ action: 'deny' })
    expect(open({ url: 'mailto:konsulent@kommune.dk' })).toEqual({ action: 'deny' })
    expect(open({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' })
    expect(open({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' })
    expect(open({ url: 'http://insecure.example/' })).toEqual({ action: 'deny' })
    expect(open({ url: 'app://planvaerksted/index.html' })).toEqual({ action: 'deny' })
    expect(openExternal.mock.calls.map((c) => c[0])).toEqual([
      'https://kommune.dk/politik',
      'mailto:konsulent@kommune.dk',
    ])
  })
})
