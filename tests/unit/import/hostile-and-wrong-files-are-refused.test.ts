import { describe, expect, it } from 'vitest'
import { AppError } from '../../../src/shared/model/errors'
import { openDocx } from '../../../src/main/backend/import/openDocx'
import { readDocx } from '../../../src/main/backend/import/readDocx'
import { DOCX_LIMITS } from '../../../src/main/backend/import/limits'
import * as hostile from '../../fixtures/hostileFiles'
import { variedDocx } from '../../fixtures/variedDocx'

async function refusal(bytes: Uint8Array) {
  try {
    await readDocx(bytes)
  } catch (e) {
    expect(e).toBeInstanceOf(AppError)
    const err = e as AppError
    return { code: err.code, details: err.details as Record<string, unknown> | undefined }
  }
  throw new Error('the file was accepted')
}

describe('files that are not Word documents', () => {
  it.each([
    ['an empty file', () => new Uint8Array(0), 'empty', 'empty-file'],
    ['a PDF renamed .docx', hostile.pdfBytes, 'pdf', 'pdf-file'],
    ['a Word 97 .doc', hostile.word97Bytes, 'word97', 'word-97'],
    ['a text file', hostile.textBytes, 'text', 'text-file'],
    ['a zip without a document', hostile.plainZip, 'zip', 'no-document'],
  ])('%s gets not-a-docx naming what it is', async (_name, make, kind, reason) => {
    expect(await refusal(make())).toEqual({ code: 'not-a-docx', details: { kind, reason } })
  })

  it('a truncated .docx is reported as damaged, not as a crash', async () => {
    const r = await refusal(hostile.truncated(await variedDocx()))
    expect(r.code).toBe('invalid-file')
  })
})

describe('hostile archives are refused before anything is inflated', () => {
  it('a zip bomb is refused by its compression ratio', async () => {
    const bomb = hostile.zipBomb()
    const started = performance.now()
    expect(await refusal(bomb)).toEqual({ code: 'unsafe-file', details: { reason: 'ratio' } })
    // Inflating 30 MB would be visible; reading the directory is not.
    expect(performance.now() - started).toBeLessThan(200)
  })

  it('too many entries are refused', async () => {
    expect((await refusal(hostile.manyEntries())).details).toMatchObject({ reason: 'entries' })
  })

  it('a directory that lies about sizes is caught while inflating', async () => {
    expect(await refusal(hostile.lyingZip())).toEqual({ code: 'unsafe-file', details: { reason: 'ratio' } })
  })

  it.each(['../../evil.txt', '/etc/passwd', 'C:/Windows/evil.dll', 'word\\..\\evil.txt'])(
    'the entry name %s is refused',
    async (name) => {
      expect(await refusal(hostile.traversalZip(name))).toMatchObject({
        code: 'unsafe-file',
        details: { reason: 'name' },
      })
    },
  )

  it('a file over the size limit is refused without opening it', () => {
    expect(() => openDocx(new Uint8Array(1024), { ...DOCX_LIMITS, maxFileBytes: 1000 })).toThrow(
      expect.objectContaining({ code: 'too-large' }),
    )
  })
})
