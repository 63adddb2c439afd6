import type { Catalogue } from '../../src/shared/model/catalogue'
import type { DocJSON, PlanMeta } from '../../src/shared/model/plan'
import { FUNDS, HEADINGS, INITIATIVES, OBJECTS, PEOPLE, SUBJECTS, TAILS, VERBS } from './words'

/** A small deterministic PRNG (mulberry32): the same pages give the same plan on every run. */
function prng(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export const benchCatalogue: Catalogue = {
  id: 'lag-vejen',
  municipality: 'Vejen Kommune',
  title: 'LAG Vejen: udviklingsstrategi',
  adopted: '2023',
  version: '1',
  goal: '',
  source: 'LAG Vejen',
  focusAreas: [
    { id: 'bosaetning', number: 1, title: 'Bosætning og nærmiljø', description: '', colour: '#5b7c99' },
    { id: 'erhverv', number: 2, title: 'Erhverv og turisme', description: '', colour: '#aa7c11' },
    { id: 'natur', number: 3, title: 'Natur- og kulturoplevelser', description: '', colour: '#2e6e4e' },
    { id: 'sundhed', number: 4, title: 'Sundhed', description: '', colour: '#8e3b46' },
  ],
}

const WORDS_PER_PAGE = 500

/**
 * A realistic plan of about `pages` A4 pages (~500 words a page): chapters and sections, paragraphs
 * with bold, italic and links, bullet and numbered lists, SWOT-like tables, initiatives with all
 * their fields, and at the end the action plan and the focus-area matrix. Used by the export and
 * editor benchmarks.
 */
export function generatePlan(pages: number, seed = 1): { meta: PlanMeta; doc: DocJSON } {
  const r = prng(seed + pages)
  const pick = <T>(list: T[]) => list[Math.floor(r() * list.length)]
  const sentence = () => `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)} ${pick(TAILS)}.`
  const text = (t: string, marks?: unknown[]) =>
    marks ? { type: 'text', text: t, marks } : { type: 'text', text: t }
  const paragraph = () => {
    const parts: unknown[] = []
    const n = 4 + Math.floor(r() * 4)
    for (let i = 0; i < n; i++) {
      const s = sentence()
      const roll = r()
      if (roll < 0.08) parts.push(text(s, [{ type: 'bold' }]))
      else if (roll < 0.14) parts.push(text(s, [{ type: 'italic' }]))
      else if (roll < 0.17) parts.push(text(s, [{ type: 'link', attrs: { href: 'https://www.vejen.dk/' } }]))
      else parts.push(text(s))
      if (i < n - 1) parts.push(text(' '))
    }
    return { type: 'paragraph', content: parts }
  }
  const item = (t: string) => ({ type: 'listItem', content: [{ type: 'paragraph', content: [text(t)] }] })
  const list = (ordered: boolean) => ({
    type: ordered ? 'orderedList' : 'bulletList',
    content: Array.from({ length: 3 + Math.floor(r() * 3) }, () => item(sentence())),
  })
  const cell = (type: string, t: string) => ({ type, content: [{ type: 'paragraph', content: [text(t)] }] })
  const table = () => ({
    type: 'table',
    content: [
      {
        type: 'tableRow',
        content: ['Styrker', 'Svagheder', 'Muligheder'].map((h) => cell('tableHeader', h)),
      },
      ...Array.from({ length: 4 }, () => ({
        type: 'tableRow',
        content: [0, 1, 2].map(() => cell('tableCell', pick(OBJECTS))),
      })),
    ],
  })
  let initiativeCount = 0
  const initiative = () => ({
    type: 'initiative',
    attrs: {
      id: `i${++initiativeCount}`,
      title: `${pick(INITIATIVES)} ${initiativeCount}`,
      status: pick(['idea', 'planned', 'active', 'done', 'paused']),
      lead: pick(PEOPLE),
      group: 'Arbejdsgruppen',
      start: `2027-0${1 + Math.floor(r() * 9)}`,
      end: '2028-12',
      budget: 10000 * (1 + Math.floor(r() * 30)),
      ownFundingKr: 5000,
      volunteerHours: 40 + Math.floor(r() * 200),
      fundingSources: [pick(FUNDS), pick(FUNDS)],
      focusAreas: benchCatalogue.focusAreas.filter(() => r() < 0.4).map((a) => a.id),
    },
    content: [paragraph()],
  })

  const content: unknown[] = []
  // Spaces only occur inside text, so the spaces in a block's JSON count its words.
  const words = (from: number) => JSON.stringify(content.slice(from)).split(' ').length - 1
  let total = 0
  let page = 0
  while (total < pages * WORDS_PER_PAGE) {
    const from = content.length
    if (page % 3 === 0)
      content.push({ type: 'heading', attrs: { level: 1 }, content: [text(pick(HEADINGS))] })
    content.push({ type: 'heading', attrs: { level: 2 }, content: [text(`${pick(HEADINGS)} ${page + 1}`)] })
    content.push(paragraph(), paragraph())
    if (page % 2 === 0) content.push(list(page % 4 === 0))
    content.push(paragraph())
    if (page % 5 === 2) content.push(table())
    if (page % 2 === 1)
      content.push({ type: 'heading', attrs: { level: 3 }, content: [text('Initiativ')] }, initiative())
    content.push(paragraph())
    total += words(from)
    page++
  }
  content.push(
    { type: 'heading', attrs: { level: 1 }, content: [text('Handlingsplan')] },
    { type: 'actionPlan' },
  )
  content.push(
    { type: 'heading', attrs: { level: 1 }, content: [text('Sammenhæng med kommunens indsatsområder')] },
    { type: 'focusMatrix' },
  )
  const meta: PlanMeta = {
    title: `Udviklingsplan for Østerby og Ålum (${pages} sider)`,
    council: 'Østerby Lokalråd',
    kind: 'council',
    villages: ['Østerby', 'Ålum'],
    municipality: 'Vejen Kommune',
    templateId: 'blank',
    versionLabel: 'Benchmark',
    catalogue: benchCatalogue,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  }
  return { meta, doc: { type: 'doc', content } }
}
