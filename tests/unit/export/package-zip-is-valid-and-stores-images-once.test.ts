import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { exportSample } from './fixtures/readDocx'
import { meta, PNG_NAME } from './fixtures/samplePlan'
import { writeZip as zip } from '../../../src/main/backend/zip/writeZip'
import type { DocJSON } from '../../../src/shared/model/plan'

const hasUnzip = (() => {
  try {
    execFileSync('which', ['unzip'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
})()

const image = (alt: string) => ({ type: 'image', attrs: { src: `asset:${PNG_NAME}`, alt } })
const twice: DocJSON = { type: 'doc', content: [image('Kortet'), image('Kortet igen')] }

describe('the .docx package', () => {
  it('round-trips every entry byte for byte, compressed or stored', () => {
    const big = new TextEncoder().encode('<w:p>Østerby</w:p>'.repeat(5000))
    const tiny = new Uint8Array([1, 2, 3])
    const files = unzipSync(
      zip([
        { path: 'word/document.xml', data: big },
        { path: 'a.bin', data: tiny },
      ]),
    )
    expect(files['word/document.xml']).toEqual(big)
    expect(files['a.bin']).toEqual(tiny)
  })

  it.skipIf(!hasUnzip)("passes Info-ZIP's integrity test (CRCs, sizes, directory)", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pv-zip-'))
    try {
      writeFileSync(join(dir, 'plan.docx'), await exportSample())
      const out = execFileSync('unzip', ['-t', join(dir, 'plan.docx')], { encoding: 'utf8' })
      expect(out).toMatch(/No errors detected/)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('stores an image shown twice once, with two drawings of their own', async () => {
    const files = unzipSync(await exportSample({}, { meta: { ...meta, catalogue: null }, doc: twice }))
    const media = Object.keys(files).filter((n) => n.startsWith('word/media/'))
    expect(media).toEqual(['word/media/image1.png'])
    const body = new TextDecoder().decode(files['word/document.xml'])
    const ids = [...body.matchAll(/<wp:docPr id="(\d+)"/g)].map((m) => m[1])
    expect(new Set(ids).size).toBe(2)
    const rels = new TextDecoder().decode(files['word/_rels/document.xml.rels'])
    expect(rels).toContain('Target="media/image1.png"')
  })
})
