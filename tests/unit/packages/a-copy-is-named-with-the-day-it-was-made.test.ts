import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import type { ImportPackageResult, ListResult } from '../../../src/shared/api'
import type { Plan } from '../../../src/shared/model/plan'
import { copyTitle } from '../../../src/main/backend/packages/copyTitle'
import { laptop } from './support'

let pc: Awaited<ReturnType<typeof laptop>>
let usb: string
beforeEach(async () => {
  // Only the clock is set (3 December 2026, 14.05 local time); timers and the disk run as ever.
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date(2026, 11, 3, 14, 5))
  pc = await laptop()
  usb = await mkdtemp(join(tmpdir(), 'pv-usb-'))
})
afterEach(async () => {
  vi.useRealTimers()
  await pc.cleanup()
  await rm(usb, { recursive: true, force: true })
})

/** The plan file, imported again on the laptop it came from, as a copy. */
async function importAsCopy(file: string): Promise<string> {
  pc.dialog.path = file
  const asked = await pc.call<ImportPackageResult>('plans.importPackage', {})
  if (asked.status !== 'exists') throw new Error(`expected to be asked, got ${asked.status}`)
  const done = await pc.call<ImportPackageResult>('plans.importPackage', { token: asked.token, mode: 'copy' })
  if (done.status !== 'imported') throw new Error(done.status)
  return done.plan.title
}

it('a copy says the day it was made, and a second copy that day gets a number', async () => {
  const plan = await pc.call<Plan>('plans.create', { title: 'Bøvl 2030' })
  pc.dialog.path = join(usb, 'bøvl.planvaerksted')
  await pc.call('plans.exportPackage', { id: plan.id })
  const file = join(usb, 'bøvl.planvaerksted')

  expect(await importAsCopy(file)).toBe('Bøvl 2030 (kopi fra 3. dec.)')
  expect(await importAsCopy(file)).toBe('Bøvl 2030 (kopi 2 fra 3. dec.)')
  vi.setSystemTime(new Date(2027, 4, 21, 9, 0))
  expect(await importAsCopy(file)).toBe('Bøvl 2030 (kopi fra 21. maj)')

  await pc.call('settings.set', { language: 'en' })
  expect(await importAsCopy(file)).toBe('Bøvl 2030 (copy from 21 May)')
  expect(await importAsCopy(file)).toBe('Bøvl 2030 (copy 2 from 21 May)')
  const titles = (await pc.call<ListResult>('plans.list')).plans.map((p) => p.title)
  expect(new Set(titles).size).toBe(titles.length)
})

it('a long title is shortened to make room, never the day, and stays within the 200 a title may have', () => {
  const day = new Date(2026, 11, 3)
  const long = 'Udviklingsplan '.repeat(20).trim()
  const first = copyTitle(long, [], 'da', day)
  expect(first.length).toBeLessThanOrEqual(200)
  expect(first.endsWith(' (kopi fra 3. dec.)')).toBe(true)
  const second = copyTitle(long, [first.toUpperCase()], 'da', day)
  expect(second.endsWith(' (kopi 2 fra 3. dec.)')).toBe(true)
  expect(second.length).toBeLessThanOrEqual(200)
})
