import { describe, expect, it } from 'vitest'
import { checkDocument } from '../../../src/shared/document/validate'

const SRC = `asset:${'ab'.repeat(32)}.png`
const withImage = (attrs: Record<string, unknown>) => ({
  type: 'doc',
  content: [
    { type: 'image', attrs: { src: SRC, alt: 'Gadekæret', title: null, width: 400, height: 250, ...attrs } },
  ],
})

describe('a picture’s size, alignment and caption', () => {
  it('accepts the three sizes, the three alignments and a caption', () => {
    for (const size of ['small', 'medium', 'full'])
      for (const align of ['left', 'center', 'right']) {
        const check = checkDocument(withImage({ size, align, caption: 'Gadekæret om sommeren' }))
        expect(check.ok, `${size}/${align}`).toBe(true)
      }
  })

  it('opens a picture saved before these existed, with full width, centred and no caption', () => {
    const check = checkDocument(withImage({}))
    expect(check.ok).toBe(true)
    if (!check.ok) return
    const attrs = check.node.firstChild!.attrs
    expect(attrs).toMatchObject({ size: 'full', align: 'center', caption: '' })
  })

  it.each([
    ['a size the schema has not', { size: 'huge' }],
    ['an alignment the schema has not', { align: 'justify' }],
    ['a size that is not text', { size: 3 }],
    ['a caption of 10,000 characters', { caption: 'x'.repeat(10_000) }],
    ['a caption that is not text', { caption: ['a'] }],
  ])('refuses %s', (_what, attrs) => {
    expect(checkDocument(withImage(attrs)).ok).toBe(false)
  })
})
