import { readFile, readdir } from 'node:fs/promises'
import { draftDeadlines } from '../../../../src/shared/derive/funding/draftDeadlines'
import { join } from 'node:path'
import type { PlanSummary } from '../../../../src/shared/model/plan'

export const indexPath = (dataDir: string) => join(dataDir, 'plans-index.json')

/** The plan files (plans/<id>.json) among the paths read, by id. */
export function plansRead(reads: string[], dataDir: string): string[] {
  const plans = join(dataDir, 'plans')
  return reads
    .filter((p) => p.startsWith(plans))
    .map((p) => /[/\\]([a-z0-9_-]+)\.json$/.exec(p.slice(plans.length))?.[1])
    .filter((id): id is string => !!id)
}

/** plans-index.json as it is on disk. */
export async function indexOnDisk(
  dataDir: string,
): Promise<{ version: number; plans: Record<string, { file: string; summary: PlanSummary }> }> {
  return JSON.parse(await readFile(indexPath(dataDir), 'utf8'))
}

/** What the home list must say: every plan file read whole, newest first, as the list sorts. */
export async function truthOf(dataDir: string): Promise<PlanSummary[]> {
  const dir = join(dataDir, 'plans')
  const out: PlanSummary[] = []
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    if (!/^[a-z0-9_-]+\.json$/.test(name)) continue
    const p = JSON.parse(await readFile(join(dir, name), 'utf8'))
    out.push({
      id: p.id,
      title: p.meta.title,
      council: p.meta.council,
      municipality: p.meta.municipality,
      updatedAt: p.meta.updatedAt,
      deadlines: draftDeadlines(p),
      rev: p.rev,
    })
  }
  return out.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0))
}
