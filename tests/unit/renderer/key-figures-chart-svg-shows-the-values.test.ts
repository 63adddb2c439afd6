import { describe, expect, it } from 'vitest'
import { keyFiguresSvg } from '../../../src/renderer/src/features/editor/nodes/keyFigures/chartSvg'
import { AGES, POPULATION } from '../export/fixtures/keyFiguresPlan'

const SIZE = { width: 640, height: 340 }
/** ECharts numbers its CSS classes per chart made; the drawing is what is compared. */
const drawing = (svg: string) => svg.replace(/zr\d+-(cls-)?\d*/g, 'zr-')
const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1])

describe('the Nøgletal chart drawn as SVG', () => {
  it('is the same SVG from the same data, and another from other data', () => {
    const a = keyFiguresSvg(POPULATION, 'da', SIZE)
    expect(a.startsWith('<svg')).toBe(true)
    expect(drawing(keyFiguresSvg(POPULATION, 'da', SIZE))).toBe(drawing(a))
    const other = {
      ...POPULATION,
      rows: POPULATION.rows.map((r) => ({ ...r, values: [(r.values[0] ?? 0) * 2] })),
    }
    expect(drawing(keyFiguresSvg(other, 'da', SIZE))).not.toBe(drawing(a))
  })

  it('labels the categories, and draws a line through one point per value', () => {
    const svg = keyFiguresSvg(POPULATION, 'da', SIZE)
    expect(texts(svg)).toEqual(expect.arrayContaining(POPULATION.rows.map((r) => r.label)))
    // The line series is one path; its points are the data's (one segment per value after the first).
    const line = [...svg.matchAll(/<path d="(M[^"]+)"[^>]*stroke="#1F4E79"/g)].map((m) => m[1])
    expect(line.some((d) => (d.match(/L/g) ?? []).length === POPULATION.rows.length - 1)).toBe(true)
  })

  it('draws a pyramid with men to the left of the axis and women to the right, labels without minus', () => {
    const svg = keyFiguresSvg(AGES, 'da', SIZE)
    expect(texts(svg)).toEqual(expect.arrayContaining(AGES.rows.map((r) => r.label)))
    expect(texts(svg).some((s) => s.startsWith('-'))).toBe(false)
    expect(texts(svg)).toEqual(expect.arrayContaining(['Mænd', 'Kvinder']))
    const bars = (colour: string) =>
      [...svg.matchAll(new RegExp(`<path d="M(\\d+\\.?\\d*) [^"]*"[^>]*fill="${colour}"`, 'g'))].length
    expect(bars('#1F4E79')).toBeGreaterThanOrEqual(AGES.rows.length)
    expect(bars('#C55A11')).toBeGreaterThanOrEqual(AGES.rows.length)
  })

  it("gives a pyramid's axis the same reach each way from 0, so the two sides compare by length", () => {
    // One side much larger than the other: an axis fitted to the data would stop short on the left.
    const lopsided = { ...AGES, rows: AGES.rows.map((r, i) => ({ ...r, values: [r.values[0], i * 300] })) }
    const ticks = texts(keyFiguresSvg(lopsided, 'da', SIZE)).filter((s) => /^[\d.]+$/.test(s) && s !== '0')
    expect(ticks.length).toBeGreaterThan(0)
    // Minus signs are not shown, so each tick's number stands once on each side.
    for (const tick of new Set(ticks)) expect(ticks.filter((s) => s === tick)).toHaveLength(2)
  })
})

describe('the SVG as an image', () => {
  it('is well-formed XML, or the <img> shows nothing (a quote inside an attribute breaks it)', async () => {
    const { execFileSync } = await import('node:child_process')
    for (const t of [POPULATION, AGES]) {
      const svg = keyFiguresSvg(t, 'da', SIZE)
      expect(() =>
        execFileSync('/usr/bin/xmllint', ['--noout', '-'], { input: svg, stdio: 'pipe' }),
      ).not.toThrow()
    }
  })
})
