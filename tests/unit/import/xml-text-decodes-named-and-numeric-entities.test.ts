import { describe, expect, it } from 'vitest'
import { decodeXmlEntities } from '../../../src/main/backend/xml/entities'

describe('XML character data from Word files', () => {
  it('decodes the named entities', () => {
    expect(decodeXmlEntities('Hvad &amp; hvem &lt;3 &quot;Bøvl&quot; &apos;27 &gt;')).toBe(
      `Hvad & hvem <3 "Bøvl" '27 >`,
    )
  })
  it('decodes numeric references, decimal and hex (Word writes dashes and quotes like this)', () => {
    expect(decodeXmlEntities('2027&#8211;2028 &#x201E;Ådalen&#x201C; &#xE6;&#248;&#xe5;')).toBe(
      '2027–2028 „Ådalen“ æøå',
    )
  })
  it('decodes in one pass, so an escaped ampersand stays text', () => {
    expect(decodeXmlEntities('&amp;lt;b&amp;gt;')).toBe('&lt;b&gt;')
  })
  it('leaves impossible code points and unknown names as written', () => {
    expect(decodeXmlEntities('&#xD800; &#1114112; &nbsp;')).toBe('&#xD800; &#1114112; &nbsp;')
  })
})
