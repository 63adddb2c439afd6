import { afterEach, describe, expect, it } from 'vitest'
import { exportPlanToDocx } from '../../../src/main/backend/export/index'
import { overviewRig, planWith } from './support'

let rig: Awaited<ReturnType<typeof overviewRig>> | null = null
afterEach(async () => {
  await rig?.env.cleanup()
  rig = null
})

const noAsset = async () => {
  throw Object.assign(new Error('no such asset'), { code: 'ENOENT' })
}

describe('Word files in the overview', () => {
  it('our own Word export comes in whole from the plan inside it, with its catalogue and initiatives', async () => {
    rig = await overviewRig()
    const plan = planWith(
      '00000000-0000-4000-8000-0000000000d1',
      { title: 'Plan for Ølby', council: 'Ølby Lokalråd', villages: ['Ølby'] },
      [{ id: 'a', title: 'Legeplads', budget: 125000, focusAreas: ['bosaetning'] }],
    )
    const bytes = await exportPlanToDocx({
      plan,
      readAsset: noAsset,
      options: { reviewCopy: false, date: new Date(2026, 2, 12) },
    })
    await rig.choose([{ name: 'ølby.docx', bytes }])
    const r = await rig.call('overview.add')
    if (r.status !== 'added') throw new Error('cancelled')
    expect(r.skipped).toEqual([])
    const [entry] = (await rig.call('overview.list')).entries
    expect(entry.source).toBe('docx-plan')
    expect(entry.council).toBe('Ølby Lokalråd')
    expect(entry.villages).toEqual(['Ølby'])
    expect(entry.catalogue?.id).toBe('lag-vejen')
    expect(JSON.stringify(entry.doc)).toContain('"budget":125000')

    // The same plan sent again as Word replaces it (same title and council).
    await rig.choose([{ name: 'ølby-igen.docx', bytes }])
    const again = await rig.call('overview.add')
    if (again.status !== 'added') throw new Error('cancelled')
    expect(again.replaced.map((x) => x.title)).toEqual(['Plan for Ølby'])
    expect((await rig.call('overview.list')).entries[0].changes?.blocks).toEqual([])
  })

  it('a PDF renamed .docx is listed with the Word reader’s reason', async () => {
    rig = await overviewRig()
    await rig.choose([{ name: 'plan.docx', bytes: '%PDF-1.7\n…' }])
    const r = await rig.call('overview.add')
    if (r.status !== 'added') throw new Error('cancelled')
    expect(r.skipped).toEqual([{ fileName: 'plan.docx', code: 'not-a-docx', reason: 'pdf-file' }])
  })
})
