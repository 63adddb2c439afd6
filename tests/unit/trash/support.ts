import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import type { Plan } from '../../../src/shared/model/plan'
import type { TrashEntry } from '../../../src/shared/model/trash'
import { laptop, pngBytes } from '../packages/support'

export type Laptop = Awaited<ReturnType<typeof laptop>>

/** A plan with everything a restore must bring back: text, an image, a backup and a named version. */
export async function fullPlan(pc: Laptop, title: string, text: string) {
  const plan = await pc.call<Plan>('plans.create', { title, council: 'Bøvl Lokalråd' })
  const { src } = await pc.call<{ src: string }>('assets.add', {
    planId: plan.id,
    fileName: 'kirke.png',
    data: pngBytes(title.length).toString('base64'),
  })
  const doc = {
    type: 'doc',
    content: [
      { type: 'paragraph', content: [{ type: 'text', text }] },
      { type: 'image', attrs: { src, alt: 'Kirken' } },
    ],
  }
  await pc.call('plans.save', { id: plan.id, rev: 0, doc })
  await pc.call('versions.create', { id: plan.id, name: 'Sendt til kommunen' })
  return { plan: await pc.call<Plan>('plans.get', { id: plan.id }), image: src.slice('asset:'.length) }
}

export const trashList = (pc: Laptop) => pc.call<TrashEntry[]>('trash.list')

/** Every file under `dir` with its bytes, so "untouched" can be compared exactly. */
export async function filesUnder(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {}
  let entries
  try {
    entries = await readdir(dir, { recursive: true, withFileTypes: true })
  } catch {
    return out
  }
  for (const entry of entries) {
    if (!entry.isFile()) continue
    const path = join(entry.parentPath, entry.name)
    out[relative(dir, path)] = (await readFile(path)).toString('base64')
  }
  return out
}
