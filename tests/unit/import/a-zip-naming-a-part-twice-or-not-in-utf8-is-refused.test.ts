import { describe, expect, it } from 'vitest'
import { strToU8, unzipSync } from 'fflate'
import { openDocx } from '../../../src/main/backend/import/openDocx'
import { readPackage } from '../../../src/main/backend/packages/readPackage'
import { writeZip, type ZipFile } from '../../../src/main/backend/zip/writeZip'
import { documentXml, minimalDocx, paragraphs } from '../../fixtures/hostileDocx'

/** The parts of a good Word file, as files for the zip writer. */
const wordParts = (): ZipFile[] =>
  Object.entries(unzipSync(minimalDocx(documentXml(paragraphs('Forord'))))).map(([path, data]) => ({
    path,
    data,
  }))

/** `zip` with every byte `from` inside an entry name (local and central headers) set to `to`. */
function patchNames(zip: Uint8Array, from: number, to: number): Uint8Array {
  const out = zip.slice()
  const view = new DataView(out.buffer)
  for (let i = 0; i + 4 <= out.length; i++) {
    const sig = view.getUint32(i, true)
    const [nameAt, lenAt] = sig === 0x04034b50 ? [30, 26] : sig === 0x02014b50 ? [46, 28] : [0, 0]
    if (!nameAt) continue
    const len = view.getUint16(i + lenAt, true)
    for (let j = i + nameAt; j < i + nameAt + len; j++) if (out[j] === from) out[j] = to
  }
  return out
}

const refusedForItsName = (open: () => unknown) => {
  expect(open).toThrow(
    expect.objectContaining({ code: 'unsafe-file', details: expect.objectContaining({ reason: 'name' }) }),
  )
}

describe('Word files and plan files go through the one guarded zip reader', () => {
  it('opens a good Word file', () => {
    expect(openDocx(writeZip(wordParts())).text('word/document.xml')).toContain('Forord')
  })

  it('refuses a Word file that names a part twice: the checked part and the read part could differ', () => {
    const twice = [
      ...wordParts(),
      { path: 'word/document.xml', data: strToU8(documentXml(paragraphs('Andet'))) },
    ]
    refusedForItsName(() => openDocx(writeZip(twice)))
  })

  it('refuses a Word file whose part name is not UTF-8', () => {
    const parts = [...wordParts(), { path: 'word/media/k#rt.png', data: new Uint8Array([1, 2, 3]) }]
    refusedForItsName(() => openDocx(patchNames(writeZip(parts), 0x23, 0xf8))) // '#' -> a lone Latin-1 ø
  })

  it('refuses a plan file that names an entry twice, before reading any of it', () => {
    const json = strToU8('{}')
    const twice = [
      { path: 'manifest.json', data: json },
      { path: 'plan.json', data: json },
      { path: 'plan.json', data: json },
    ]
    refusedForItsName(() => readPackage(writeZip(twice)))
  })
})
