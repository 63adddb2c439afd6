import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { actionPlanRows } from '../../../src/shared/derive/actionPlan'
import { exportSample, unzipText } from './fixtures/readDocx'
import { realisticPlan, sevenAreas } from './fixtures/realisticPlan'
import { catalogue } from './fixtures/samplePlan'
import type { DocJSON } from '../../../src/shared/model/plan'

const plan = realisticPlan()
const tablesOf = (body: string) =>
  body
    .split('<w:tbl>')
    .slice(1)
    .map((t) => t.split('</w:tbl>')[0])
const gridOf = (table: string) => [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]))
const rowsOf = (table: string) =>
  table
    .split('<w:tr>')
    .slice(1)
    .map((r) =>
      r
        .split('<w:tc>')
        .slice(1)
        .map((c) =>
          [...c.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>|<w:softHyphen\/>/g)].map((m) => m[1] ?? '\u00ad').join(''),
        ),
    )
const actionPlanOf = (body: string) => tablesOf(body).find((t) => t.includes('>Hvornår<'))!
const matrixOf = (body: string) => tablesOf(body).find((t) => t.includes('>Initiativ<'))!

describe.each([
  ['the clean copy', false],
  ['the review copy', true],
])('%s of a plan with amounts over 10 mio. kr. and the seven-area catalogue', (_name, reviewCopy) => {
  let body = ''
  beforeAll(async () => {
    body = unzipText(await exportSample({ reviewCopy }, plan))['word/document.xml']
  })

  it('writes every amount as one unbreakable line, right-aligned, in a column wide enough for it', () => {
    const table = actionPlanOf(body)
    const rows = rowsOf(table)
    const amounts = rows.slice(1).map((r) => r[3])
    expect(amounts).toContain('12.500.000\u00a0kr.')
    expect(amounts).toContain('23.750.000\u00a0kr.')
    for (const a of amounts.filter(Boolean)) expect(a).toMatch(/^[\d.]+\u00a0kr\.$/)
    // Every budget cell says noWrap and aligns right.
    const cells = table.split('<w:tc>').slice(1)
    const budgetCells = cells.filter((c) => /[\d.]+\u00a0kr\./.test(c))
    expect(budgetCells.length).toBe(amounts.filter(Boolean).length)
    for (const c of budgetCells) {
      expect(c).toContain('<w:noWrap/>')
      expect(c).toContain('<w:jc w:val="right"/>')
    }
    // "23.750.000 kr." at 10 pt Calibri is 58.4 pt (1168 twips), plus the cell's margins.
    expect(gridOf(table)[3]).toBeGreaterThanOrEqual(1168 + 200)
  })

  it('gives the columns the room their words need, not set shares', async () => {
    const [what, , , budget, , status] = gridOf(actionPlanOf(body))
    expect(status).toBeLessThan(what)
    expect(budget).toBeGreaterThan(status)
    // Long titles and nothing else: the first column takes all the width the headers leave.
    const titles: DocJSON = {
      type: 'doc',
      content: [1, 2, 3]
        .map((n) => ({
          type: 'initiative',
          attrs: {
            id: `t${n}`,
            title: `Et langt initiativ nummer ${n} med en titel over flere linjer i tabellen`,
          },
          content: [{ type: 'paragraph' }],
        }))
        .concat([{ type: 'actionPlan' }] as never[]),
    }
    const wide = gridOf(
      actionPlanOf(
        unzipText(await exportSample({ reviewCopy }, { meta: plan.meta, doc: titles }))['word/document.xml'],
      ),
    )
    expect(wide[0] / wide.reduce((a, b) => a + b, 0)).toBeGreaterThan(0.3) // a set share was 21 %
  })

  it('divides a word too long for its column only at a soft hyphen, as Word hyphenates', () => {
    const rows = rowsOf(actionPlanOf(body))
    const funding = rows.slice(1).map((r) => r[4])
    const long = funding.find((f) => f.replace(/\u00ad/g, '').includes('Erhvervsfremmebestyrelsen'))!
    if (reviewCopy) expect(long).toMatch(/Er\u00adhvervs|frem\u00adme/)
    // A word that fits is never touched.
    expect(rows.slice(1).map((r) => r[5])).toContain('Planlagt')
  })

  it('heads the matrix columns with the areas’ numbers and names them in a key above it', () => {
    const matrix = matrixOf(body)
    const header = rowsOf(matrix)[0]
    expect(header).toEqual(['Initiativ', '1', '2', '3', '4', '5', '6', '7'])
    const before = body.slice(0, body.indexOf(matrix))
    expect(before).toContain('Tallene over kolonnerne står for kommunens indsatsområder:')
    for (const [i, area] of sevenAreas.focusAreas.entries()) {
      expect(before).toContain(`<w:t xml:space="preserve">${i + 1}</w:t></w:r><w:r><w:tab/></w:r>`)
      expect(before).toContain(`>${area.title}<`)
    }
  })
})

it('keeps a month with its year and the dash with the month before it, nothing more', async () => {
  const doc: DocJSON = {
    type: 'doc',
    content: [
      {
        type: 'initiative',
        attrs: { id: 'a', title: 'A', start: '2027-03', end: '2029-10' },
        content: [{ type: 'paragraph' }],
      },
      {
        type: 'initiative',
        attrs: { id: 'b', title: 'B', end: '2031-12' },
        content: [{ type: 'paragraph' }],
      },
      { type: 'actionPlan' },
    ],
  }
  const body = unzipText(await exportSample({ reviewCopy: true }, { meta: plan.meta, doc }))[
    'word/document.xml'
  ]
  const when = rowsOf(actionPlanOf(body))
    .slice(1)
    .map((r) => r[2])
  expect(when).toEqual(['mar.\u00a02027\u00a0– okt.\u00a02029', 'til dec.\u00a02031'])
})

it('keeps the focus areas’ names over the columns when every word of them fits', async () => {
  const small = { ...plan, meta: { ...plan.meta, catalogue } }
  const body = unzipText(await exportSample({}, small))['word/document.xml']
  const header = rowsOf(matrixOf(body))[0].map((h) => h.replace(/\u00ad/g, ''))
  expect(header).toEqual(['Initiativ', ...catalogue.focusAreas.map((a) => `${a.number}. ${a.title}`)])
  expect(body).not.toContain('Tallene over kolonnerne')
})

const has = (cmd: string) => {
  try {
    execFileSync('which', [cmd], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

/** What a reader sees: LibreOffice lays the pages out, pdftotext reads the words back. A word
 * Word or LibreOffice broke at the cell's edge comes back as two; one divided at a soft hyphen
 * comes back whole. */
describe.skipIf(!has('soffice') || !has('pdftotext'))('the rendered pages (LibreOffice)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pv-table-words-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  const words = new Map<string, Set<string>>()

  beforeAll(async () => {
    for (const reviewCopy of [false, true]) {
      writeFileSync(
        join(dir, `${reviewCopy ? 'review' : 'clean'}.docx`),
        await exportSample({ reviewCopy }, plan),
      )
    }
    const files = ['clean', 'review'].map((n) => join(dir, `${n}.docx`))
    const profile = `-env:UserInstallation=file://${dir}/profile`
    execFileSync('soffice', [profile, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files], {
      stdio: 'ignore',
      timeout: 180_000,
    })
    for (const n of ['clean', 'review']) {
      const text = execFileSync('pdftotext', [join(dir, `${n}.pdf`), '-'], { encoding: 'utf8' })
      words.set(n, new Set(text.replace(/\u00a0/g, ' ').split(/\s+/)))
    }
  }, 200_000)

  it.each(['clean', 'review'])('shows every word and amount of the action plan whole (%s copy)', (copy) => {
    const seen = words.get(copy)!
    const missing: string[] = []
    for (const r of actionPlanRows(plan.doc, 'da')) {
      for (const cell of [r.what, r.who, r.funding]) {
        for (const w of cell.split(/\s+/)) if (!seen.has(w)) missing.push(w)
      }
    }
    for (const amount of ['12.500.000', '23.750.000', '18.900.000', '60.320.000', '1.250.000']) {
      if (!seen.has(amount)) missing.push(amount)
    }
    for (const head of ['Hvad', 'Hvem', 'Hvornår', 'Budget', 'Status'])
      if (!seen.has(head)) missing.push(head)
    expect(missing).toEqual([])
  })

  it.each(['clean', 'review'])('shows every focus area’s name whole in the matrix key (%s copy)', (copy) => {
    const seen = words.get(copy)!
    const missing = sevenAreas.focusAreas.flatMap((a) => a.title.split(/\s+/)).filter((w) => !seen.has(w))
    expect(missing).toEqual([])
  })
})
