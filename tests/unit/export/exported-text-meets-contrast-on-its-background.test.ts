import { describe, expect, it } from 'vitest'
import { exportPlanToDocx } from '../../../src/main/backend/export/index'
import { all, unzipText } from './fixtures/readDocx'
import { hardPlan, readHardAsset } from './fixtures/hardPlan'
import { assertValidDocx } from './fixtures/ooxmlSchemas'

// The accessibility check in the editor has no low-contrast finding because a plan's text carries
// no colours: every colour in the delivered file is the export's own. This proves that claim on the
// file itself: every text colour Word will show, on every shading the file uses, reaches WCAG's
// 4.5:1 for body text (EN 301 549 9.1.4.3), in both copies.

/** WCAG 2 relative luminance of an RRGGBB colour. */
function luminance(hex: string): number {
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (hi + 0.05) / (lo + 0.05)
}

const hex = /^[0-9A-Fa-f]{6}$/

describe('every text colour in the exported Word file is readable on what it sits on', () => {
  it.each([false, true])('review copy %s', async (reviewCopy) => {
    const bytes = await exportPlanToDocx({
      plan: hardPlan(),
      readAsset: readHardAsset,
      options: { reviewCopy, date: new Date(2026, 2, 12) },
    })
    assertValidDocx(bytes)
    const parts = unzipText(bytes)
    const xml = Object.entries(parts)
      .filter(([name]) => name.startsWith('word/') && !name.includes('theme'))
      .map(([, text]) => text)
      .join('\n')
    const colours = [...new Set(all(/<w:color w:val="([^"]+)"/g, xml))].filter((c) => c !== 'auto')
    const fills = [...new Set(all(/<w:shd [^>]*w:fill="([^"]+)"/g, xml))].filter((c) => c !== 'auto')
    // The hard plan has headings, links, captions, table headers and labels: some colours and
    // shadings must be there, or the test would pass on a file that has none.
    expect(colours.length).toBeGreaterThan(2)
    expect(fills.length).toBeGreaterThan(0)
    for (const c of [...colours, ...fills]) expect(c).toMatch(hex)
    for (const text of colours)
      for (const ground of ['FFFFFF', ...fills])
        expect(contrast(text, ground), `#${text} on #${ground}`).toBeGreaterThanOrEqual(4.5)
  })
})
