import { describe, expect, it, vi } from 'vitest'
import { denyAllPermissions } from '../../../src/main/permissions'

describe('permissions', () => {
  it('answers every request, check and device request with no', () => {
    const session = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
    }
    denyAllPermissions(session as never)
    const request = session.setPermissionRequestHandler.mock.calls[0][0]
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn()
      request({}, permission, callback, {})
      expect(callback).toHaveBeenCalledWith(false)
    }
    const check = session.setPermissionCheckHandler.mock.calls[0][0]
    expect(check({}, 'media', 'app://planvaerksted', {})).toBe(false)
    expect(session.setDevicePermissionHandler.mock.calls[0][0]({})).toBe(false)
  })
})
