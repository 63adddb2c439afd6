import type { DocJSON } from '../../../src/shared/model/plan'
import type { Catalogue } from '../../../src/shared/model/catalogue'

export const p = (text: string) => ({ type: 'paragraph', content: text ? [{ type: 'text', text }] : [] })
export const h = (text: string, focusAreas: string[] = [], level = 1) => ({
  type: 'heading',
  attrs: { level, focusAreas },
  content: [{ type: 'text', text }],
})
export const initiative = (attrs: Record<string, unknown>, ...paragraphs: string[]) => ({
  type: 'initiative',
  attrs,
  content: (paragraphs.length ? paragraphs : ['']).map(p),
})
export const doc = (...content: unknown[]): DocJSON => ({ type: 'doc', content })

export const catalogue: Catalogue = {
  id: 'lag-vejen',
  municipality: 'LAG Vejen',
  title: 'Udviklingsstrategi',
  adopted: '',
  version: '1',
  goal: '',
  source: '',
  focusAreas: [
    { id: 'bosaetning', number: 1, title: 'Bosætning og nærmiljø', description: '', colour: '#1f6f8b' },
    { id: 'erhverv', number: 2, title: 'Erhverv og turisme', description: '', colour: '#9c4f00' },
    { id: 'natur', number: 3, title: 'Natur- og kulturoplevelser', description: '', colour: '#2e7d32' },
    { id: 'sundhed', number: 4, title: 'Sundhed', description: '', colour: '#7b3f9e' },
  ],
}

/** A plan of the usual shape: sections, three initiatives, one unlinked, one heading tagged. */
export const plan = doc(
  h('Forord'),
  p('Planen er skrevet af lokalrådet.'),
  h('Projekter og initiativer', ['natur']),
  initiative(
    {
      id: 'i1',
      title: 'Ny legeplads',
      status: 'planned',
      lead: 'Mette',
      group: 'Legepladsgruppen',
      start: '2027-03',
      end: '2027-12',
      budget: 250000,
      fundingSources: ['Landdistriktspuljen', 'Lokale og Anlægsfonden'],
      focusAreas: ['bosaetning', 'sundhed'],
    },
    'En legeplads ved forsamlingshuset.',
    'Med bålhytte.',
  ),
  initiative(
    { id: 'i2', title: 'Cykelsti', status: 'active', lead: 'Jens', budget: 40000, focusAreas: ['erhverv'] },
    'Sti mellem landsbyerne.',
  ),
  h('Andet'),
  initiative(
    { id: 'i3', title: '', status: 'bogus', budget: 'mange penge', focusAreas: [] },
    'Fællesspisning hver måned.',
  ),
)
