import { arc } from 'd3-shape'
import type { YearItem } from './yearItems'

/**
 * The geometry of the year wheel, January at the top and clockwise, in one place for the screen
 * (YearWheelChart), the SVG that goes into Word and the PNG fallback drawn beside it: the three
 * must show the same wheel. Angles in radians from 12 o'clock, radii in the units of a SIZE box.
 */
export const WHEEL_SIZE = 420
export const WHEEL_CENTRE = WHEEL_SIZE / 2
const TAU = Math.PI * 2
export const MONTH_ANGLE = TAU / 12
/** Rings from the outside in: month names, the municipality's meetings, deadlines (the
 * municipality's and the plan's applications to funds share one ring), initiatives. */
export const RING = {
  months: [172, 204],
  meeting: [134, 168],
  deadline: [100, 130],
  application: [100, 130],
  initiative: [40, 96],
} as const
/** An application's diamond: half its length along the radius and across it. */
const MARKER_RADIAL = 11
const MARKER_ACROSS = 7
/** How wide a one-day event is drawn: wide enough to see and to point at. */
const DAY_SPAN = MONTH_ANGLE / 5
export const PAD_ANGLE = 0.006

export type Sector = { inner: number; outer: number; start: number; end: number }
/**
 * The diamond that marks a fund's deadline in its sector: a shape, not only a colour, tells it from
 * the municipality's deadlines. Centred at (x, y) on `angle`, its points along and across the radius.
 */
export type Marker = { angle: number; x: number; y: number; d: string }
export type WheelPart = Sector & { item: YearItem; d: string; odd: boolean; marker: Marker | null }
export type WheelShape = {
  months: (Sector & { d: string; labelX: number; labelY: number })[]
  rings: (Sector & { d: string })[]
  parts: WheelPart[]
  /** Where today's line runs, or null when the wheel shows another year. */
  today: { x1: number; y1: number; x2: number; y2: number; angle: number } | null
}

const sectorPath = arc<Sector>()
  .innerRadius((d) => d.inner)
  .outerRadius((d) => d.outer)
  .startAngle((d) => d.start)
  .endAngle((d) => d.end)
  .padAngle(PAD_ANGLE)
  .cornerRadius(3)

export function angleOfDay(iso: string): number {
  const m = Number(iso.slice(5, 7))
  const d = Number(iso.slice(8, 10))
  const days = new Date(Date.UTC(Number(iso.slice(0, 4)), m, 0)).getUTCDate()
  return (m - 1 + (d - 0.5) / days) * MONTH_ANGLE
}

/** The month (1-12) an angle of the wheel falls in. */
export const monthOfAngle = (angle: number): number =>
  Math.min(12, Math.floor((((angle % TAU) + TAU) % TAU) / MONTH_ANGLE) + 1)

function diamond(angle: number, r: number): Marker {
  const [sx, sy] = [Math.sin(angle), -Math.cos(angle)]
  const [tx, ty] = [Math.cos(angle), Math.sin(angle)]
  const x = sx * r
  const y = sy * r
  const pts = [
    [x + sx * MARKER_RADIAL, y + sy * MARKER_RADIAL],
    [x + tx * MARKER_ACROSS, y + ty * MARKER_ACROSS],
    [x - sx * MARKER_RADIAL, y - sy * MARKER_RADIAL],
    [x - tx * MARKER_ACROSS, y - ty * MARKER_ACROSS],
  ]
  return { angle, x, y, d: `M${pts.map(([a, b]) => `${a.toFixed(2)},${b.toFixed(2)}`).join('L')}Z` }
}

/** Whether the point (px, py) in wheel units lies inside a marker's diamond (for the PNG). */
export function insideMarker(m: Marker, px: number, py: number): boolean {
  const dx = px - m.x
  const dy = py - m.y
  const along = dx * Math.sin(m.angle) - dy * Math.cos(m.angle)
  const across = dx * Math.cos(m.angle) + dy * Math.sin(m.angle)
  return Math.abs(along) / MARKER_RADIAL + Math.abs(across) / MARKER_ACROSS <= 1
}

/** Every drawn part of the wheel for these items; initiatives share their ring in lanes. */
export function wheelShape(items: readonly YearItem[], year: number, today: string): WheelShape {
  const initiatives = items.filter((i) => i.kind === 'initiative')
  const lanes = Math.max(1, initiatives.length)
  const [inI, outI] = RING.initiative
  const lane = (outI - inI) / lanes
  const parts = items.map((item): WheelPart => {
    let inner: number
    let outer: number
    const n = initiatives.indexOf(item)
    if (item.kind === 'initiative') {
      outer = outI - n * lane
      inner = outer - lane + Math.min(2, lane / 4)
    } else {
      ;[inner, outer] = RING[item.kind]
    }
    const [start, end] = item.date
      ? [angleOfDay(item.date) - DAY_SPAN / 2, angleOfDay(item.date) + DAY_SPAN / 2]
      : [(item.startMonth - 1) * MONTH_ANGLE, item.endMonth * MONTH_ANGLE]
    const sector = { inner, outer, start, end }
    const marker = item.kind === 'application' ? diamond((start + end) / 2, (inner + outer) / 2) : null
    // Neighbouring initiative lanes alternate shade, so two side by side read as two.
    return { ...sector, item, d: sectorPath(sector) ?? '', odd: n >= 0 && n % 2 === 1, marker }
  })
  const labelR = (RING.months[0] + RING.months[1]) / 2
  const months = Array.from({ length: 12 }, (_, i) => {
    const sector = {
      inner: RING.months[0],
      outer: RING.months[1],
      start: i * MONTH_ANGLE,
      end: (i + 1) * MONTH_ANGLE,
    }
    const mid = (i + 0.5) * MONTH_ANGLE
    return {
      ...sector,
      d: sectorPath(sector) ?? '',
      labelX: Math.sin(mid) * labelR,
      labelY: -Math.cos(mid) * labelR,
    }
  })
  const rings = [RING.meeting, RING.deadline, RING.initiative].map(([inner, outer]) => {
    const sector = { inner, outer, start: 0, end: TAU }
    return { ...sector, d: sectorPath(sector) ?? '' }
  })
  let todayLine: WheelShape['today'] = null
  if (Number(today.slice(0, 4)) === year) {
    const angle = angleOfDay(today)
    const [r0, r1] = [RING.initiative[0], RING.months[1]]
    todayLine = {
      angle,
      x1: Math.sin(angle) * r0,
      y1: -Math.cos(angle) * r0,
      x2: Math.sin(angle) * r1,
      y2: -Math.cos(angle) * r1,
    }
  }
  return { months, rings, parts, today: todayLine }
}
