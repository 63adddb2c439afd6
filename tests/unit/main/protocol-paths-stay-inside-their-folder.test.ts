import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { decodeUrlFileName, resolveInside } from '../../../src/main/safePath'

const root = join(tmpdir(), 'pv-root')

describe('resolveInside', () => {
  it('resolves ordinary files and sub-folders', () => {
    expect(resolveInside(root, '/index.html')).toBe(join(root, 'index.html'))
    expect(resolveInside(root, '/assets/index-abc.js')).toBe(join(root, 'assets', 'index-abc.js'))
    expect(resolveInside(root, '/fonts/Noto%20Sans.woff2')).toBe(join(root, 'fonts', 'Noto Sans.woff2'))
  })

  it.each([
    ['/../secret.txt'],
    ['/assets/../../secret.txt'],
    ['/%2e%2e/secret.txt'],
    ['/%2E%2E/%2e%2e/etc/passwd'],
    ['/assets/%2e%2e%2f%2e%2e%2fsecret'],
    ['/..%5c..%5csecret'],
    ['/assets\\..\\..\\secret'],
    ['//etc/passwd'],
    ['/C:/Windows/win.ini'],
    ['/c%3a%5cWindows%5cwin.ini'],
    ['/index.html%00.png'],
    ['/%E0%A4%A'],
    ['/./index.html'],
    ['/'],
    [''],
  ])('refuses %j', (path) => {
    const result = resolveInside(root, path)
    expect(result).toBeNull()
  })
})

describe('decodeUrlFileName', () => {
  it('accepts one plain name and refuses separators, dots, null bytes and bad escapes', () => {
    expect(decodeUrlFileName('a1b2.png')).toBe('a1b2.png')
    for (const bad of ['..', '.', '%2e%2e', 'a%2fb', 'a%5cb', 'a%00b', 'C%3aboot', '%E0%A4%A', '']) {
      expect(decodeUrlFileName(bad)).toBeNull()
    }
  })
})
