import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { OverviewEntry } from '../../../src/shared/model/overview'
import { focusOverview } from '../../../src/shared/derive/focusOverview'
import { actionPlanRows } from '../../../src/shared/derive/actionPlan'
import {
  askedOfMunicipality,
  filterRows,
  moneyTotals,
  NO_FILTER,
  overviewGaps,
  overviewMatrix,
  overviewRows,
  planSkeleton,
  catalogueStanding,
} from '../../../src/shared/derive/overview'
import { CATALOGUE, planWith, type InitiativeSpec } from './support'

const AREAS = CATALOGUE.focusAreas.map((a) => a.id)

function entryOf(i: number, specs: InitiativeSpec[], villages: string[] = []): OverviewEntry {
  const plan = planWith(`p${i}`, { title: `Plan ${i}`, council: `Råd ${i}`, villages }, specs)
  return {
    entryId: `e-${i}`,
    planId: plan.id,
    title: plan.meta.title,
    council: plan.meta.council,
    municipality: plan.meta.municipality,
    kind: 'council',
    villages,
    versionLabel: '',
    catalogue: plan.meta.catalogue,
    doc: planSkeleton(plan.doc),
    source: 'package',
    fileName: `p${i}.planvaerksted`,
    planUpdatedAt: '',
    addedAt: '',
    changes: null,
  }
}

const spec = (areas: fc.Arbitrary<string[]>) =>
  fc.record({
    title: fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== ''),
    budget: fc.option(fc.integer({ min: 0, max: 2_000_000 }), { nil: null }),
    focusAreas: areas,
  })
const plans = (areas: fc.Arbitrary<string[]>) =>
  fc.array(fc.array(spec(areas), { maxLength: 8 }), { minLength: 1, maxLength: 6 }).map((ps) =>
    ps.map((list, i) =>
      entryOf(
        i,
        list.map((s, j) => ({ ...s, id: `i${j}` })),
      ),
    ),
  )

describe('the overview aggregation', () => {
  it('with one focus area per initiative, the focus areas add up to the plans’ totals', () => {
    fc.assert(
      fc.property(plans(fc.constantFrom(...AREAS).map((a) => [a])), (entries) => {
        const rows = overviewRows(entries, 'da')
        const m = overviewMatrix(entries, rows, CATALOGUE)
        const sumAreas = m.areaTotals.reduce((s, c) => s + c.budget, 0)
        const sumPlans = entries.reduce((s, e) => s + focusOverview(e.doc, CATALOGUE).totalBudget, 0)
        expect(sumAreas).toBeCloseTo(sumPlans, 2)
        expect(moneyTotals(rows).budget).toBeCloseTo(sumPlans, 2)
        // Each cell is the plan's own focus overview for that area (the same function as its panel).
        m.plans.forEach((p, pi) => {
          const own = focusOverview(entries.find((e) => e.entryId === p.entryId)!.doc, CATALOGUE)
          m.areas.forEach((_, ai) => expect(m.cells[ai][pi].budget).toBeCloseTo(own.areas[ai].budget, 2))
        })
      }),
    )
  })

  it('every initiative appears once per focus area it supports, and otherwise as unlinked', () => {
    fc.assert(
      fc.property(plans(fc.subarray(AREAS.concat(['ukendt']))), (entries) => {
        const rows = overviewRows(entries, 'da')
        const m = overviewMatrix(entries, rows, CATALOGUE)
        m.areas.forEach((a, ai) => {
          expect(m.areaTotals[ai].count).toBe(rows.filter((r) => r.focusAreas.includes(a.id)).length)
        })
        const known = rows.filter((r) => r.focusAreas.some((id) => AREAS.includes(id))).length
        expect(m.unlinked).toBe(rows.length - known)
        // The rows are the plans' own action plans, in order.
        expect(rows.map((r) => r.name)).toEqual(
          entries.flatMap((e) => actionPlanRows(e.doc).map((x) => x.what)),
        )
      }),
    )
  })

  it('the skeleton gives the same action plan and focus overview as the whole plan', () => {
    const plan = planWith('p', {}, [
      { id: 'a', title: 'Legeplads', budget: 100, focusAreas: ['natur'] },
      { id: 'b', title: '', budget: 5, focusAreas: ['erhverv'] },
    ])
    expect(actionPlanRows(planSkeleton(plan.doc))).toEqual(actionPlanRows(plan.doc))
    plan.doc.content?.push(
      {
        type: 'heading',
        attrs: { level: 2, focusAreas: ['bosaetning'] },
        content: [{ type: 'text', text: 'Boliger' }],
      },
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Uden initiativer' }] },
    )
    // Heading positions aside (the editor's jump target), the focus overview is the plan's own.
    const strip = (o: ReturnType<typeof focusOverview>) => ({
      ...o,
      areas: o.areas.map((a) => ({ ...a, headings: a.headings.map((h) => h.text) })),
    })
    expect(strip(focusOverview(planSkeleton(plan.doc), CATALOGUE))).toEqual(
      strip(focusOverview(plan.doc, CATALOGUE)),
    )
    expect(JSON.stringify(planSkeleton(plan.doc))).not.toContain('Uden initiativer')
  })

  it('gaps are the focus areas no plan works on; a filter narrows the matrix', () => {
    const entries = [
      entryOf(
        1,
        [{ id: 'a', title: 'Sti', focusAreas: ['natur'], status: 'done', start: '2026-01', end: '2026-06' }],
        ['Ølby'],
      ),
      entryOf(
        2,
        [{ id: 'b', title: 'Butik', focusAreas: ['erhverv'], start: '2028-01', end: '2029-12' }],
        ['Åby'],
      ),
    ]
    expect(overviewGaps(entries, CATALOGUE).map((a) => a.id)).toEqual(['bosaetning'])
    const rows = overviewRows(entries, 'da')
    expect(filterRows(rows, { ...NO_FILTER, village: 'Åby' }).map((r) => r.name)).toEqual(['Butik'])
    expect(filterRows(rows, { ...NO_FILTER, year: 2029 }).map((r) => r.name)).toEqual(['Butik'])
    expect(filterRows(rows, { ...NO_FILTER, status: 'done' }).map((r) => r.name)).toEqual(['Sti'])
    expect(filterRows(rows, { ...NO_FILTER, search: 'ølby sti' }).map((r) => r.name)).toEqual(['Sti'])
    const narrowed = overviewMatrix(
      entries,
      filterRows(rows, { ...NO_FILTER, focusArea: 'natur' }),
      CATALOGUE,
    )
    expect(narrowed.plans.map((p) => p.title)).toEqual(['Plan 1'])
  })

  it('asks of the municipality what own financing does not cover, when the municipality is a source', () => {
    const a = { budget: 100000, ownFundingKr: 25000 }
    expect(askedOfMunicipality({ ...a, fundingSources: ['Landdistriktspuljen, Vejen Kommune'] }, '')).toBe(
      75000,
    )
    expect(askedOfMunicipality({ ...a, fundingSources: ['Vejen'] }, 'Vejen')).toBe(75000)
    expect(askedOfMunicipality({ ...a, fundingSources: ['Nordea-fonden'] }, 'Vejen Kommune')).toBe(0)
    expect(
      askedOfMunicipality({ budget: null, ownFundingKr: null, fundingSources: ['Kommunen'] }, ''),
    ).toBeNull()
  })

  it('a plan on an older catalogue version shows the upgrade differences', () => {
    const older = {
      ...CATALOGUE,
      version: '1',
      focusAreas: [
        ...CATALOGUE.focusAreas.slice(0, 2),
        { id: 'gammel', title: 'Gammel', description: '', colour: '#5b7c99' },
      ],
    }
    const e = entryOf(1, [{ id: 'a', title: 'X', focusAreas: ['gammel'] }])
    const s = catalogueStanding({ ...e, catalogue: older }, CATALOGUE)
    if (s.kind !== 'older') throw new Error(s.kind)
    expect(s.upgrade.added.map((a) => a.id)).toEqual(['natur'])
    expect(s.upgrade.removed.map((r) => r.area.id)).toEqual(['gammel'])
    expect(s.upgrade.brokenLinks).toBe(1)
    expect(catalogueStanding(e, CATALOGUE).kind).toBe('same')
    expect(catalogueStanding({ ...e, catalogue: null }, CATALOGUE).kind).toBe('none')
  })
})
