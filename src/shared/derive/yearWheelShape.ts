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
/** Rings from the outside in: month names, the municipality's meetings, deadlines, initiatives. */
export const RING = {
  months: [172, 204],
  meeting: [134, 168],
  deadline: [100, 130],
  initiative: [40, 96],
} as const
/** How wide a one-day event is drawn: wide enough to see and to point at. */
const DAY_SPAN = MONTH_ANGLE / 5
export const PAD_ANGLE = 0.006

export type Sector = { inner: number; outer: number; start: number; end: number }
export type WheelPart = Sector & { item: YearItem; d: string; odd: boolean }
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
    // Neighbouring initiative lanes alternate shade, so two side by side read as two.
    return { ...sector, item, d: sectorPath(sector) ?? '', odd: n >= 0 && n % 2 === 1 }
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
