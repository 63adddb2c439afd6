import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { afterAll, describe, expect, it } from 'vitest'
import { exportSample } from './fixtures/readDocx'
import { catalogue, meta } from './fixtures/samplePlan'
import type { DocJSON, PlanMeta } from '../../../src/shared/model/plan'

const XMLLINT = '/usr/bin/xmllint'
// What XML 1.0 cannot hold, and U+202E, which it can (it stays: it is the user's text).
const BAD = '\uFFFE\uFFFF\u0001\uD800\u202E'
const dirty = (s: string) => `${s.slice(0, 3)}${BAD}${s.slice(3)}`
const clean = (s: string) => `${s.slice(0, 3)}\u202E${s.slice(3)}`

const hostileMeta: PlanMeta = {
  ...meta,
  title: dirty('Udviklingsplan for Ølby'),
  council: dirty('Ølby Lokalråd'),
  villages: [dirty('Ølby'), dirty('Åby')],
  municipality: dirty('Billund Kommune'),
  versionLabel: dirty('Udkast 3'),
  catalogue: {
    ...catalogue,
    focusAreas: catalogue.focusAreas.map((a) => ({ ...a, title: dirty(a.title) })),
  },
}

const doc: DocJSON = {
  type: 'doc',
  content: [
    {
      type: 'heading',
      attrs: { level: 1, focusAreas: ['bosaetning'] },
      content: [{ type: 'text', text: dirty('Forord') }],
    },
    { type: 'paragraph', content: [{ type: 'text', text: dirty('Vi vil have en legeplads.') }] },
    {
      type: 'initiative',
      attrs: { id: 'i-1', title: dirty('Legeplads'), lead: dirty('Karen'), focusAreas: ['natur'] },
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Ved hallen.' }] }],
    },
    { type: 'actionPlan' },
    { type: 'focusMatrix' },
  ],
}

const work = mkdtempSync(join(tmpdir(), 'pv-xml-legal-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

/** xmllint's verdict on one part: '' when well-formed, its complaint otherwise. */
function lint(name: string, text: Uint8Array): string {
  const file = join(work, name.replace(/[/[\]]/g, '_'))
  writeFileSync(file, text)
  try {
    execFileSync(XMLLINT, ['--noout', '--nonet', file], { stdio: 'pipe' })
    return ''
  } catch (err) {
    return String((err as { stderr?: Buffer }).stderr ?? err)
  }
}

describe('plan text with characters XML cannot hold still makes a well-formed .docx', async () => {
  if (!existsSync(XMLLINT)) {
    it('needs xmllint', () => {
      throw new Error(`${XMLLINT} is missing: install libxml2-utils (apt-get install libxml2-utils)`)
    })
    return
  }
  const bytes = await exportSample({}, { meta: hostileMeta, doc })
  const files = unzipSync(bytes)
  const xmlParts = Object.keys(files).filter((n) => n.endsWith('.xml') || n.endsWith('.rels'))
  const text = (name: string) => strFromU8(files[name])

  it('every XML part of the package parses with a real XML parser', () => {
    expect(xmlParts.length).toBeGreaterThan(8)
    expect(xmlParts).toContain('docProps/core.xml')
    expect(xmlParts.some((n) => n.startsWith('word/header'))).toBe(true)
    for (const name of xmlParts) expect(lint(name, files[name]), name).toBe('')
  })

  it('keeps the visible text, minus only the characters XML cannot hold', () => {
    const body = text('word/document.xml')
    for (const s of [
      'Udviklingsplan for Ølby',
      'Ølby Lokalråd',
      'Ølby',
      'Åby',
      'Udkast 3',
      'Forord',
      'Legeplads',
    ]) {
      expect(body, s).toContain(clean(s))
    }
    expect(body).toContain(clean('Natur- og kulturoplevelser'))
    const core = text('docProps/core.xml')
    expect(core).toContain(`<dc:title>${clean('Udviklingsplan for Ølby')}</dc:title>`)
    expect(core).toContain(clean('Ølby Lokalråd'))
    expect(core).toContain(clean('Natur- og kulturoplevelser'))
    const headers = xmlParts
      .filter((n) => n.startsWith('word/header'))
      .map(text)
      .join('')
    expect(headers).toContain(clean('Udviklingsplan for Ølby'))
    // eslint-disable-next-line no-control-regex -- the control character is what is looked for
    for (const name of xmlParts) expect(text(name), name).not.toMatch(/[\uFFFE\uFFFF\u0001\uFFFD]/)
  })
})
