import { expect, it } from 'vitest'
import fc from 'fast-check'
import { parseHours, parseKr } from '../../../src/main/backend/import/exportShapes'
import { LABELS } from '../../../src/main/backend/export/docx/labels'
import { formatKr } from '../../../src/shared/derive/format'

// The Word export words amounts with formatKr (and no-break spaces); importing that file again must
// give the same amount, øre included: dropping every non-digit made 1.250.000,50 kr. 125.000.050.
it('reads back every amount the export writes, in Danish and in English', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 1e14 }).map((c) => c / 100),
      fc.constantFrom('da' as const, 'en' as const),
      (x, lang) => {
        const worded = formatKr(x, lang).replace(/ /g, '\u00a0')
        expect(parseKr(worded)).toBe(x)
      },
    ),
  )
  expect(parseKr('1.250.000,50 kr.')).toBe(1250000.5)
  expect(parseKr('–')).toBeNull()
})

// Hours may carry decimals now ("12,5 timer"); the export words them per language and the import
// reads them back whole (the old /^(\d+)/ made 12.5 timer 12 and 1.200 timer 1).
it('reads back every number of volunteer hours the export writes', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 1e9 }).map((c) => c / 100),
      fc.constantFrom('da' as const, 'en' as const),
      (x, lang) => {
        expect(parseHours(LABELS[lang].hours(x))).toBe(x)
      },
    ),
  )
  expect(LABELS.da.hours(1200.5)).toBe('1.200,5 timer')
})
