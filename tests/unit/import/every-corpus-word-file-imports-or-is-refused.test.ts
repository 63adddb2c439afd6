import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import mammoth from 'mammoth'
import { outcome, wordImportRig } from './support/wordImportRig'

/** Real Word files made by others (mammoth's and python-docx's test documents), beside the repo. */
const CORPUS = resolve(__dirname, '../../../../shared/corpus/word')
const files = existsSync(CORPUS) ? walk(CORPUS) : []

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.docx') ? [join(dir, e.name)] : [],
  )
}

type N = { type?: string; text?: string; content?: N[] }
const squash = (s: string) => s.replace(/\s+/g, ' ').trim()

/** Everything of the plan a reader sees: its cover fields and the text of every block. */
function planWords(plan: { meta: Record<string, unknown>; doc: unknown }): string {
  const out: string[] = []
  const visit = (n: N) => {
    if (n.type === 'text') out.push(n.text ?? '')
    else if (n.type === 'hardBreak') out.push(' ')
    else {
      for (const c of n.content ?? []) visit(c)
      out.push(' ')
    }
  }
  visit(plan.doc as N)
  const m = plan.meta
  const cover = [m.title, m.council, m.municipality, m.versionLabel, ...((m.villages as string[]) ?? [])]
  // Footnote markers ([1]) are ours: the notes move to the "Fodnoter" section at the end.
  return squash(`${cover.join(' ')} ${out.join('')}`.replace(/\[\d+\]/g, ''))
}

describe.skipIf(!files.length)(`every Word file in ${relative(process.cwd(), CORPUS)}`, () => {
  let rig: Awaited<ReturnType<typeof wordImportRig>>
  let planId: string
  beforeAll(async () => {
    rig = await wordImportRig()
    planId = await rig.blankPlan()
  })
  afterAll(async () => rig.cleanup())

  it.each(files.map((f) => [relative(CORPUS, f), f]))(
    '%s imports with the text Word shows, or is refused with a typed reason',
    async (_name, file) => {
      const answer = await rig.importDocx(file)
      const result = outcome(answer)
      if (result !== 'imported') {
        expect(result.code).not.toBe('internal')
        return
      }
      const { plan, report } = (
        answer as {
          value: { plan: { id: string }; report: { items: { kind: string; samples: string[] }[] } }
        }
      ).value
      // The report names what the user lost, never the reader's own notes: mammoth's warnings
      // ("other"), a style it has no mapping for, a style name that is not there ("null").
      expect(report.items.filter((i) => i.kind === 'other' || i.kind === 'unknownStyle')).toEqual([])
      expect(report.items.flatMap((i) => i.samples)).not.toContain('null')
      const words = planWords(await rig.backend.plans.get(plan.id))
      const raw = await mammoth.extractRawText({ buffer: readFileSync(file) })
      const missing = raw.value
        .split('\n')
        .map(squash)
        .filter((p) => p && !words.includes(p))
      expect(missing).toEqual([])
    },
  )

  it.each(files.map((f) => [relative(CORPUS, f), f]))(
    '%s gives its review comments, or is refused with a typed reason',
    async (_name, file) => {
      const result = outcome(await rig.importComments(planId, file))
      if (result !== 'imported') expect(result.code).not.toBe('internal')
    },
  )
})

// Only where the corpus is missing: a skip that says why (a skipped describe would count its
// placeholder as skipped even when the walk above ran).
if (files.length === 0) {
  describe('the Word corpus', () => {
    it.skip(`is not here (${CORPUS}): the walk over real Word files is skipped`, () => {})
  })
}
