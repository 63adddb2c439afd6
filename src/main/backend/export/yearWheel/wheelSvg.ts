import type { YearItem } from '../../../../shared/derive/yearItems'
import { WHEEL_CENTRE, WHEEL_SIZE, type WheelShape } from '../../../../shared/derive/yearWheelShape'
import { esc } from '../docx/xml'
import { WHEEL_COLOURS as K } from './wheelColours'

const fillOf = (item: YearItem, odd: boolean) =>
  item.kind === 'initiative'
    ? odd
      ? K.initiativeOdd
      : K.initiative
    : item.kind === 'application'
      ? K.applicationFill
      : K[item.kind]

/**
 * The wheel as a standalone SVG file for Word (the asvg:svgBlip part): the same shape as on
 * screen, colours written out, each part titled with its name and when. `lang="da"`: the month
 * names are the export's language, but the events are the municipality's Danish words.
 */
export function wheelSvg(
  shape: WheelShape,
  o: {
    year: number
    monthLabels: readonly string[]
    title: string
    lang: string
    when: (i: YearItem) => string
  },
): string {
  const out: string[] = []
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WHEEL_SIZE} ${WHEEL_SIZE}" width="${WHEEL_SIZE}" height="${WHEEL_SIZE}" role="img" xml:lang="${o.lang}">`,
    `<title>${esc(o.title)}</title>`,
    `<rect width="${WHEEL_SIZE}" height="${WHEEL_SIZE}" fill="${K.background}"/>`,
    `<g transform="translate(${WHEEL_CENTRE},${WHEEL_CENTRE})" font-family="Calibri, Carlito, 'Segoe UI', sans-serif">`,
  )
  shape.months.forEach((m, i) => {
    out.push(
      `<path d="${m.d}" fill="${K.month}"/>`,
      `<text x="${m.labelX.toFixed(2)}" y="${m.labelY.toFixed(2)}" text-anchor="middle" dominant-baseline="central" font-size="13" fill="${K.text}">${esc(o.monthLabels[i])}</text>`,
    )
  })
  for (const r of shape.rings) out.push(`<path d="${r.d}" fill="none" stroke="${K.ring}"/>`)
  for (const p of shape.parts) {
    const lang = p.item.kind === 'initiative' ? '' : ' xml:lang="da"'
    const title = `<title${lang}>${esc(`${p.item.name} – ${o.when(p.item)}`)}</title>`
    const stroke = p.marker
      ? `stroke="${K.application}" stroke-width="1.5"`
      : `stroke="${K.background}" stroke-width="1"`
    out.push(`<path d="${p.d}" fill="${fillOf(p.item, p.odd)}" ${stroke}>${title}</path>`)
    if (p.marker)
      out.push(
        `<path class="fund-marker" d="${p.marker.d}" fill="${K.application}" stroke="${K.background}" stroke-width="1.5">${title}</path>`,
      )
  }
  if (shape.today) {
    const t = shape.today
    out.push(
      `<line x1="${t.x1.toFixed(2)}" y1="${t.y1.toFixed(2)}" x2="${t.x2.toFixed(2)}" y2="${t.y2.toFixed(2)}" stroke="${K.text}" stroke-width="2" stroke-dasharray="4 3"/>`,
    )
  }
  out.push(
    `<text text-anchor="middle" dominant-baseline="central" font-size="26" font-weight="600" fill="${K.text}">${o.year}</text>`,
    '</g></svg>',
  )
  return out.join('')
}

export { fillOf }
