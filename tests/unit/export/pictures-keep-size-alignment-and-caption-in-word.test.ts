import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { exportSample, toHtml, unzipText } from './fixtures/readDocx'
import { meta, PNG_NAME } from './fixtures/samplePlan'
import type { DocJSON } from '../../../src/shared/model/plan'

const picture = (attrs: Record<string, unknown>) => ({
  type: 'image',
  attrs: { src: `asset:${PNG_NAME}`, alt: 'Gadekæret set fra kirken', ...attrs },
})
const plan = (...content: DocJSON['content'] & object) => ({
  meta: { ...meta, catalogue: null },
  doc: { type: 'doc', content } as DocJSON,
})

/** The export's body as a list of paragraphs, each with its XML. */
async function bodyParagraphs(doc: ReturnType<typeof plan>): Promise<string[]> {
  const body = unzipText(await exportSample({}, doc))['word/document.xml']
  return [...body.matchAll(/<w:p>.*?<\/w:p>/g)].map((m) => m[0])
}
const extentWidth = (p: string) => Number(/<wp:extent cx="(\d+)"/.exec(p)?.[1])
const withDrawing = (ps: string[]) => ps.filter((p) => p.includes('<w:drawing>'))

describe('a picture in the Word export', () => {
  it('is followed by its caption in Word’s Caption style, aligned as the picture', async () => {
    const ps = await bodyParagraphs(
      plan(picture({ size: 'small', align: 'right', caption: 'Gadekæret om sommeren' })),
    )
    const at = ps.findIndex((p) => p.includes('<w:drawing>'))
    expect(at).toBeGreaterThanOrEqual(0)
    expect(ps[at]).toContain('<w:jc w:val="right"/>')
    expect(ps[at]).toContain('descr="Gadekæret set fra kirken"')
    const caption = ps[at + 1]
    expect(caption).toContain('<w:pStyle w:val="Caption"/>')
    expect(caption).toContain('<w:jc w:val="right"/>')
    expect(caption).toContain('Gadekæret om sommeren')
  })

  it('is a third of the text width when small, and never above its own size when full', async () => {
    const ps = withDrawing(
      await bodyParagraphs(
        plan(picture({ size: 'small' }), picture({ size: 'medium' }), picture({ size: 'full' })),
      ),
    )
    const [small, medium, full] = ps.map(extentWidth)
    // The sample picture is 400 px wide, narrower than the text column: medium and full keep it.
    expect(full).toBe(400 * 9525)
    expect(medium).toBe(full)
    expect(small).toBeLessThan(full * 0.6)
    expect(small).toBeGreaterThan(full * 0.3)
  })

  it('keeps an old plan’s picture full width, centred by its style, without a caption', async () => {
    const ps = await bodyParagraphs(plan(picture({})))
    const at = ps.findIndex((p) => p.includes('<w:drawing>'))
    expect(extentWidth(ps[at])).toBe(400 * 9525)
    expect(ps[at]).toContain('<w:pStyle w:val="Figure"/>')
    expect(ps[at]).not.toContain('<w:jc ')
    expect(ps[at + 1] ?? '').not.toContain('Caption')
  })

  it('names the caption style as Word does, so a Danish Word shows it as Billedtekst', async () => {
    const styles = unzipText(await exportSample({}, plan(picture({ caption: 'Kortet' }))))['word/styles.xml']
    expect(styles).toMatch(/<w:style w:type="paragraph" w:styleId="Caption">\s*<w:name w:val="caption"\/>/)
    const html = await toHtml(await exportSample({}, plan(picture({ caption: 'Kortet' }))))
    expect(html.value).toContain('Kortet')
  })
})

const XMLLINT = '/usr/bin/xmllint'
const XSD = join(__dirname, '../../../../shared/ooxml-xsd')
const XML_NS_XSD = `<?xml version="1.0"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="http://www.w3.org/XML/1998/namespace">
  <xs:attribute name="space"><xs:simpleType><xs:restriction base="xs:NCName"><xs:enumeration value="default"/><xs:enumeration value="preserve"/></xs:restriction></xs:simpleType></xs:attribute>
  <xs:attribute name="lang" type="xs:language"/>
</xs:schema>`

/** Word refuses paragraph properties in the wrong order where LibreOffice and mammoth do not, so
 * the body with placed, captioned pictures is checked against ECMA-376's wml.xsd
 * (see shared/ooxml-xsd/README.md: a local xml.xsd, and Word's mc:Ignorable extensions dropped). */
describe.skipIf(!existsSync(XMLLINT) || !existsSync(join(XSD, 'wml.xsd')))('the body with pictures', () => {
  const work = mkdtempSync(join(tmpdir(), 'pv-pictures-xsd-'))
  afterAll(() => rmSync(work, { recursive: true, force: true }))

  it('is valid against wml.xsd', async () => {
    cpSync(XSD, join(work, 'xsd'), { recursive: true })
    writeFileSync(join(work, 'xsd', 'xml.xsd'), XML_NS_XSD)
    const wml = join(work, 'xsd', 'wml.xsd')
    writeFileSync(
      wml,
      readFileSync(wml, 'utf8').replace(
        '<xsd:import namespace="http://www.w3.org/XML/1998/namespace"/>',
        '<xsd:import namespace="http://www.w3.org/XML/1998/namespace" schemaLocation="xml.xsd"/>',
      ),
    )
    const doc = plan(
      picture({ size: 'small', align: 'right', caption: 'Lille til højre' }),
      picture({ size: 'medium', align: 'left', caption: 'Mellem til venstre' }),
      picture({ size: 'full', align: 'center', caption: 'Hele bredden' }),
      {
        type: 'table',
        content: [
          {
            type: 'tableRow',
            content: [{ type: 'tableCell', content: [picture({ size: 'small', align: 'right' })] }],
          },
        ],
      },
    )
    const body = unzipText(await exportSample({}, doc))['word/document.xml']
    const file = join(work, 'document.xml')
    writeFileSync(file, body.replace(/ mc:Ignorable="[^"]*"/, ''))
    const verdict = (() => {
      try {
        execFileSync(XMLLINT, ['--noout', '--nonet', '--schema', wml, file], { stdio: 'pipe' })
        return ''
      } catch (err) {
        return String((err as { stderr?: Buffer }).stderr ?? err)
      }
    })()
    expect(verdict).toBe('')
  })
})
