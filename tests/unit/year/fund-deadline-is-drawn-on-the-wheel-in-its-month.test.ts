import { inflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { yearItems } from '../../../src/shared/derive/yearItems'
import { MONTH_ANGLE, WHEEL_SIZE, monthOfAngle, wheelShape } from '../../../src/shared/derive/yearWheelShape'
import { wheelSvg } from '../../../src/main/backend/export/yearWheel/wheelSvg'
import { wheelPng } from '../../../src/main/backend/export/yearWheel/wheelPng'
import { WHEEL_COLOURS } from '../../../src/main/backend/export/yearWheel/wheelColours'
import { MONTH_SHORT } from '../../../src/shared/format/months'
import { yearItemWhen } from '../../../src/shared/format/yearItemWhen'
import { planWithApplication } from '../funding/fixtures'

const MARCH = { start: 2 * MONTH_ANGLE, end: 3 * MONTH_ANGLE }
const svgOf = (doc: ReturnType<typeof planWithApplication>) =>
  wheelSvg(wheelShape(yearItems(null, doc, 2027), 2027, '2027-01-10'), {
    year: 2027,
    monthLabels: MONTH_SHORT.da,
    title: 'Årshjul 2027',
    lang: 'da',
    when: (i) => yearItemWhen(i, 'da'),
  })

/** The RGB of one pixel of the wheel's PNG (8-bit RGB, filter none, one IDAT: as pngEncode writes it). */
function pixel(png: Uint8Array, x: number, y: number): string {
  const buf = Buffer.from(png)
  const width = buf.readUInt32BE(16)
  const idat = buf.indexOf('IDAT')
  const raw = inflateSync(buf.subarray(idat + 4, idat + 4 + buf.readUInt32BE(idat - 4)))
  const i = y * (width * 3 + 1) + 1 + x * 3
  return `#${[raw[i], raw[i + 1], raw[i + 2]].map((v) => v.toString(16).padStart(2, '0')).join('')}`
}

describe("a fund's deadline is drawn on the wheel itself, in its month, as a diamond", () => {
  const doc = planWithApplication({ deadline: '2027-03-12' })

  it("places the application's sector and diamond in March's sector of the deadline ring", () => {
    const shape = wheelShape(yearItems(null, doc, 2027), 2027, '2027-01-10')
    const fund = shape.parts.filter((p) => p.marker)
    expect(fund.map((p) => [p.item.kind, p.item.name])).toEqual([
      ['application', 'Landdistriktspuljen (Billund Kommune): Multibane i Hejnsvig'],
    ])
    const [part] = fund
    expect(part.start).toBeGreaterThanOrEqual(MARCH.start)
    expect(part.end).toBeLessThanOrEqual(MARCH.end)
    expect(part.marker && monthOfAngle(part.marker.angle)).toBe(3)
    // Only the application is marked: the initiative (March to September) has no diamond.
    expect(shape.parts.filter((p) => p.item.kind === 'initiative' && p.marker)).toEqual([])
  })

  it('writes the diamond into the SVG for Word, titled, with its points in March', () => {
    const svg = svgOf(doc)
    const marker = /<path class="fund-marker" d="([^"]+)"[^>]*><title[^>]*>([^<]+)<\/title>/.exec(svg)
    expect(marker?.[2]).toBe('Landdistriktspuljen (Billund Kommune): Multibane i Hejnsvig – 12. marts 2027')
    const points = [...(marker?.[1] ?? '').matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ])
    expect(points).toHaveLength(4)
    for (const [x, y] of points) {
      const angle = Math.atan2(x, -y)
      expect(monthOfAngle(angle < 0 ? angle + Math.PI * 2 : angle)).toBe(3)
    }
    expect(svgOf(planWithApplication({ deadline: '' }))).not.toContain('fund-marker')
  })

  it("paints the diamond's colour at its centre in the PNG fallback, and not when there is no deadline", () => {
    const shape = wheelShape(yearItems(null, doc, 2027), 2027, '2027-01-10')
    const m = shape.parts.find((p) => p.marker)?.marker
    if (!m) throw new Error('no marker')
    const scale = 1.5
    const at = (x: number, y: number) => [
      Math.round((x + WHEEL_SIZE / 2) * scale),
      Math.round((y + WHEEL_SIZE / 2) * scale),
    ]
    const [px, py] = at(m.x, m.y)
    expect(pixel(wheelPng(shape, 2027, MONTH_SHORT.da), px, py)).toBe(WHEEL_COLOURS.application)
    const without = wheelShape(
      yearItems(null, planWithApplication({ deadline: '' }), 2027),
      2027,
      '2027-01-10',
    )
    expect(pixel(wheelPng(without, 2027, MONTH_SHORT.da), px, py)).not.toBe(WHEEL_COLOURS.application)
  })
})
