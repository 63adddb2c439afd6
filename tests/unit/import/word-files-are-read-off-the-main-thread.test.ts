import { describe, expect, it } from 'vitest'
import { readDocx } from '../../../src/main/backend/import/readDocx'
import { runDocxTask } from '../../../src/main/backend/import/worker/runDocxTask'
import { documentXml, minimalDocx, paragraphs } from '../../fixtures/hostileDocx'
import { variedDocx } from '../../fixtures/variedDocx'

/** 60,000 paragraphs: several seconds of reading, longer than the deadline given below. */
const longDocument = () =>
  minimalDocx(
    documentXml(paragraphs(...Array.from({ length: 60_000 }, (_, i) => `Afsnit ${i} om Ørslev og omegn.`))),
  )

describe('Word files are read in a worker thread', () => {
  it('gives the same plan document, images and report as reading in-process', async () => {
    const bytes = await variedDocx()
    expect(await runDocxTask('readDocx', bytes)).toEqual(await readDocx(bytes))
  })

  it('a read past its deadline is stopped and refused as too complex, and the next read works', async () => {
    const started = performance.now()
    await expect(runDocxTask('readDocx', longDocument(), { deadlineMs: 300 })).rejects.toMatchObject({
      code: 'too-large',
      details: { reason: 'too-complex' },
    })
    // Stopped at the deadline, not when the reading would have ended (in-process it cannot be).
    expect(performance.now() - started).toBeLessThan(2_000)
    const again = await runDocxTask('readDocx', minimalDocx(documentXml(paragraphs('Forord'))))
    expect(JSON.stringify(again.doc)).toContain('Forord')
  }, 30_000)

  it('a typed refusal crosses from the worker with its code and reason', async () => {
    await expect(runDocxTask('readWordComments', new Uint8Array(0))).rejects.toMatchObject({
      name: 'AppError',
      code: 'not-a-docx',
      details: { reason: 'empty-file' },
    })
  })
})
