import { describe, expect, it } from 'vitest'
import { exportSample, toHtml, unzipText } from './fixtures/readDocx'
import { meta } from './fixtures/samplePlan'
import type { DocJSON } from '../../../src/shared/model/plan'

const HREF = 'https://www.billund.dk/sog?q=sti&side=2'
const plan: DocJSON = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Ærø & <Søen>' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Citat: "Vi kan" & \'vi vil\' <nu>\u0001.' },
        { type: 'text', text: ' Læs mere', marks: [{ type: 'link', attrs: { href: HREF } }] },
      ],
    },
  ],
}

describe('text and links are written as XML a reader can open', async () => {
  const bytes = await exportSample({}, { meta: { ...meta, catalogue: null }, doc: plan })
  const parts = unzipText(bytes)

  it('escapes markup characters and drops control characters, which XML does not allow', () => {
    const body = parts['word/document.xml']
    expect(body).toContain('Citat: &quot;Vi kan&quot; &amp; &apos;vi vil&apos; &lt;nu&gt;.')
    expect(body).not.toContain('\u0001')
    expect(body).toContain('Ærø &amp; &lt;Søen&gt;')
  })

  it('reads back with the same text, the link target intact, and lists the heading in the contents', async () => {
    const { value, messages } = await toHtml(bytes)
    expect(messages.filter((m) => /error/i.test(m.message))).toEqual([])
    expect(value).toContain('<h1>')
    expect(value).toContain('Ærø &amp; &lt;Søen&gt;')
    expect(value).toContain(`<a href="${HREF.replace(/&/g, '&amp;')}"> Læs mere</a>`)
    expect(parts['word/_rels/document.xml.rels']).toContain(`Target="${HREF.replace(/&/g, '&amp;')}"`)
    const sdt = /<w:sdtContent>(.*?)<\/w:sdtContent>/s.exec(parts['word/document.xml'])?.[1] ?? ''
    expect(sdt).toContain('Ærø &amp; &lt;Søen&gt;')
  })
})
