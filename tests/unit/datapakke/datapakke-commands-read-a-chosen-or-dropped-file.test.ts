import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createHandlers } from '../../../src/main/handlers'
import { dispatch } from '../../../src/main/backend/dispatch'
import type { Envelope } from '../../../src/shared/model/errors'
import type { Output } from '../../../src/shared/api'
import { tempBackend, testHost } from '../backend/support/tempBackend'
import { fixture } from './support'

let env: Awaited<ReturnType<typeof tempBackend>>
let dir: string
let chosen: string | null
let handlers: ReturnType<typeof createHandlers>
let asked: string[]

beforeEach(async () => {
  env = await tempBackend()
  dir = await mkdtemp(join(tmpdir(), 'pv-datapakke-cmd-'))
  chosen = null
  asked = []
  handlers = createHandlers(env.backend, {
    ...testHost(),
    showOpenDialog: async ({ folder }) => {
      asked.push(folder === true ? 'folder' : 'file')
      return chosen
    },
  })
})
afterEach(async () => {
  await env.cleanup()
  await rm(dir, { recursive: true, force: true })
})

const value = (e: Envelope<unknown>): unknown => {
  if (!e.ok) throw new Error(`${e.error.code}: ${JSON.stringify(e.error.details)}`)
  return e.value
}
const open = async (input: object) =>
  value(await dispatch(handlers, 'datapakke.open', input)) as Output<'datapakke.open'>
const dropped = async (input: object) =>
  value(await dispatch(handlers, 'datapakke.read', input)) as Output<'datapakke.read'>

describe('datapakke commands through dispatch', () => {
  it('datapakke.open reads the file the user chose in the dialog, and cancelling reads nothing', async () => {
    expect(await open({})).toEqual({ status: 'cancelled' })
    chosen = join(dir, 'folk1a.px')
    await writeFile(chosen, fixture('folk1a.px'))
    const read = await open({})
    if (read.status !== 'read') throw new Error(read.status)
    expect(read.tables[0].table.source).toBe('Kilde: Danmarks Statistik, FOLK1A, 2026')
  })

  it('asks about the encoding and reads the same file again under its token with the answer', async () => {
    chosen = join(dir, 'mac.csv')
    await writeFile(
      chosen,
      Uint8Array.from([...Buffer.from('By;Antal\nL'), 0x8d, 0x9d, ...Buffer.from('se;12\n')]),
    )
    const asked = await open({})
    if (asked.status !== 'ask-encoding') throw new Error(asked.status)
    chosen = null // the second read must not open the dialog
    const read = await open({ token: asked.token, encoding: 'macintosh' })
    expect(read.status).toBe('read')
    const gone = await dispatch(handlers, 'datapakke.open', { token: 'unknown-token' })
    expect(gone.ok ? null : gone.error.details).toEqual({ reason: 'datapakke-file-gone' })
  })

  it('datapakke.read reads a dropped file from its bytes and refuses a binary one with a reason', async () => {
    const data = Buffer.from(fixture('befolkning-1252.csv')).toString('base64')
    const read = await dropped({ fileName: 'befolkning.csv', data })
    if (read.status !== 'read') throw new Error(read.status)
    expect(read.tables[0].table.columns).toEqual(['Mænd', 'Kvinder', 'Gennemsnitsalder'])
    const xlsx = Buffer.from(fixture('befolkning.xlsx')).toString('base64')
    const refused = await dispatch(handlers, 'datapakke.read', { fileName: 'omdøbt.csv', data: xlsx })
    expect(refused.ok ? null : refused.error).toMatchObject({
      code: 'invalid-file',
      details: { reason: 'binary-file' },
    })
  })

  it('datapakke.openFolder reads every data file of the chosen folder, and a folder gone is said as such', async () => {
    expect(value(await dispatch(handlers, 'datapakke.openFolder', undefined))).toEqual({
      status: 'cancelled',
    })
    chosen = join(dir, 'datapakke')
    await mkdir(chosen)
    await writeFile(join(chosen, 'folk1a.px'), fixture('folk1a.px'))
    await writeFile(join(chosen, 'befolkning.csv'), fixture('befolkning-1252.csv'))
    await writeFile(join(chosen, 'noter.txt'), 'ikke en tabel')
    const read = value(
      await dispatch(handlers, 'datapakke.openFolder', undefined),
    ) as Output<'datapakke.openFolder'>
    if (read.status !== 'read') throw new Error(read.status)
    expect(asked).toEqual(['folder', 'folder'])
    const sources = read.tables.map((t) => t.table.source)
    expect(sources).toContain('Kilde: Danmarks Statistik, FOLK1A, 2026')
    expect(read.tables.some((t) => t.table.columns.includes('Mænd'))).toBe(true)
    chosen = join(dir, 'flyttet')
    const gone = await dispatch(handlers, 'datapakke.openFolder', undefined)
    expect(gone.ok ? null : gone.error).toMatchObject({
      code: 'not-found',
      details: { reason: 'file-missing' },
    })
  })
})
