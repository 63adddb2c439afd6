// @vitest-environment happy-dom
import { DOMParser as PMDOMParser } from '@tiptap/pm/model'
import { describe, expect, it } from 'vitest'
import { planSchema } from '../../../../src/shared/document/extensions'
import { checkDocument } from '../../../../src/shared/document/validate'

/** What the editor makes of pasted HTML: ProseMirror's parser over the plan schema. */
function parse(html: string) {
  const el = document.createElement('div')
  el.innerHTML = html
  return PMDOMParser.fromSchema(planSchema()).parse(el).toJSON()
}

describe('a table pasted from Word or a web page', () => {
  it('has its spans held to 1..63, so the plan never holds one it would refuse to save', () => {
    const json = parse(
      '<table><tr><td colspan="100000000">a</td><th rowspan="abc">b</th><td colspan="-4" rowspan="64">c</td></tr></table>',
    )
    const cells = json.content[0].content[0].content as { attrs: { colspan: number; rowspan: number } }[]
    expect(cells.map((c) => [c.attrs.colspan, c.attrs.rowspan])).toEqual([
      [63, 1],
      [1, 1],
      [1, 63],
    ])
    expect(checkDocument(json)).toMatchObject({ ok: true })
  })

  it('keeps ordinary spans and column widths as they were', () => {
    const json = parse(
      '<table><tr><td colspan="2" colwidth="120,80">a</td><td colwidth="x">b</td></tr></table>',
    )
    const cells = json.content[0].content[0].content as { attrs: Record<string, unknown> }[]
    expect(cells[0].attrs).toMatchObject({ colspan: 2, rowspan: 1, colwidth: [120, 80] })
    expect(cells[1].attrs).toMatchObject({ colspan: 1, colwidth: null })
    expect(checkDocument(json)).toMatchObject({ ok: true })
  })
})
