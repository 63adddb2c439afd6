import {
  PAD_ANGLE,
  RING,
  insideMarker,
  WHEEL_SIZE,
  type Sector,
  type WheelShape,
} from '../../../../shared/derive/yearWheelShape'
import { encodePng } from './pngEncode'
import { GLYPH_H, GLYPH_W, inked } from './pixelFont'
import { fillOf } from './wheelSvg'
import { WHEEL_COLOURS as K } from './wheelColours'

const TAU = Math.PI * 2
/** Pixels per wheel unit: 630 px square, sharp at the width the wheel has on an A4 page. */
const SCALE = 1.5
/** Samples per pixel side: 3×3 smooths the arcs' edges. */
const SS = 3

type Rgb = [number, number, number]
const rgb = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb

function inSector(s: Sector, r: number, a: number): boolean {
  if (r < s.inner || r > s.outer) return false
  if (s.end - s.start >= TAU - 1e-9) return true
  return a >= s.start + PAD_ANGLE / 2 && a <= s.end - PAD_ANGLE / 2
}

/**
 * The PNG that Word versions before 2016 (and any reader without SVG) show in place of the wheel:
 * the same sectors, drawn by sampling each pixel's angle and radius against them, with the month
 * names and the year in a small pixel font. No rasteriser exists among the app's dependencies,
 * and the wheel is nothing but ring sectors and a line, which this draws exactly.
 */
export function wheelPng(shape: WheelShape, year: number, monthLabels: readonly string[]): Uint8Array {
  const px = Math.round(WHEEL_SIZE * SCALE)
  const out = new Uint8Array(px * px * 3)
  const layers: { sector: Sector; colour: Rgb }[] = [
    ...shape.months.map((m) => ({ sector: m as Sector, colour: rgb(K.month) })),
    ...shape.parts.map((p) => ({ sector: p as Sector, colour: rgb(fillOf(p.item, p.odd)) })),
  ]
  // A fund's deadline: its sector outlined (a thin band just inside its edges) and its diamond.
  const OUTLINE = 1.5
  const outlined = shape.parts.filter((p) => p.marker)
  const markers = outlined.flatMap((p) => (p.marker ? [p.marker] : []))
  const fund = rgb(K.application)
  const ringEdges = shape.rings.flatMap((r) => [r.inner, r.outer])
  const bg = rgb(K.background)
  const ring = rgb(K.ring)
  const text = rgb(K.text)
  const half = WHEEL_SIZE / 2
  for (let y = 0; y < px; y++) {
    for (let x = 0; x < px; x++) {
      let r0 = 0
      let g0 = 0
      let b0 = 0
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const ux = (x + (sx + 0.5) / SS) / SCALE - half
          const uy = (y + (sy + 0.5) / SS) / SCALE - half
          const r = Math.hypot(ux, uy)
          let a = Math.atan2(ux, -uy)
          if (a < 0) a += TAU
          let c = bg
          if (r <= RING.months[1] + 1) {
            for (const e of ringEdges) if (Math.abs(r - e) < 0.5) c = ring
            for (const l of layers) if (inSector(l.sector, r, a)) c = l.colour
            for (const p of outlined) if (inSector(p, r, a) && !inSector(shrunk(p, OUTLINE), r, a)) c = fund
            for (const m of markers) if (insideMarker(m, ux, uy)) c = fund
            if (shape.today && onLine(ux, uy, shape.today)) c = text
          }
          r0 += c[0]
          g0 += c[1]
          b0 += c[2]
        }
      }
      const i = (y * px + x) * 3
      out[i] = r0 / (SS * SS)
      out[i + 1] = g0 / (SS * SS)
      out[i + 2] = b0 / (SS * SS)
    }
  }
  const put = (cx: number, cy: number, label: string, dot: number) =>
    writeText(out, px, (cx + half) * SCALE, (cy + half) * SCALE, label, dot, text)
  shape.months.forEach((m, i) => put(m.labelX, m.labelY, monthLabels[i].toLowerCase(), 2))
  put(0, 0, String(year), 4)
  return encodePng(px, px, out)
}

/** A sector drawn `by` units smaller on every side (its angles by the same length at its middle radius). */
function shrunk(s: Sector, by: number): Sector {
  const da = by / ((s.inner + s.outer) / 2)
  return { inner: s.inner + by, outer: s.outer - by, start: s.start + da, end: s.end - da }
}

/** Today's dashed line: 2 units wide, 4 on and 3 off from the inside out, as on screen. */
function onLine(x: number, y: number, t: NonNullable<WheelShape['today']>): boolean {
  const dx = t.x2 - t.x1
  const dy = t.y2 - t.y1
  const len = Math.hypot(dx, dy)
  const along = ((x - t.x1) * dx + (y - t.y1) * dy) / len
  if (along < 0 || along > len) return false
  const across = Math.abs((x - t.x1) * dy - (y - t.y1) * dx) / len
  return across <= 1 && along % 7 < 4
}

/** A label centred on (cx, cy) in pixels, each font pixel `dot` pixels square. */
function writeText(out: Uint8Array, px: number, cx: number, cy: number, label: string, dot: number, c: Rgb) {
  const advance = (GLYPH_W + 1) * dot
  const x0 = Math.round(cx - (label.length * advance - dot) / 2)
  // Centre on the body (rows 0-6), as dominant-baseline="central" does; descenders hang below.
  const y0 = Math.round(cy - (7 * dot) / 2)
  for (let k = 0; k < label.length; k++) {
    for (let gy = 0; gy < GLYPH_H; gy++) {
      for (let gx = 0; gx < GLYPH_W; gx++) {
        if (!inked(label[k], gx, gy)) continue
        for (let dy = 0; dy < dot; dy++) {
          for (let dx = 0; dx < dot; dx++) {
            const x = x0 + k * advance + gx * dot + dx
            const y = y0 + gy * dot + dy
            if (x < 0 || y < 0 || x >= px || y >= px) continue
            const i = (y * px + x) * 3
            out[i] = c[0]
            out[i + 1] = c[1]
            out[i + 2] = c[2]
          }
        }
      }
    }
  }
}
