/**
 * Writes an export of a generated plan to look at: `tsx scripts/export-sample.ts 20 out.docx [review]`.
 * Render it with `soffice --headless --convert-to pdf` and `pdftoppm -png -r 60`.
 */
import { writeFileSync } from 'node:fs'
import { exportPlanToDocx } from '../src/main/backend/export/index'
import { generatePlan } from '../bench/generate/plan'

const pages = Number(process.argv[2] ?? 20)
const out = process.argv[3] ?? 'export-sample.docx'
const plan = generatePlan(pages)
const bytes = await exportPlanToDocx({
  plan,
  readAsset: async () => new Uint8Array(),
  options: { reviewCopy: process.argv[4] === 'review' },
})
writeFileSync(out, bytes)
console.log(`${out}: ${bytes.length} bytes`)
