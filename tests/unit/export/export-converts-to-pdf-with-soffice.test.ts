import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { exportSample } from './fixtures/readDocx'

const has = (cmd: string) => {
  try {
    execFileSync('which', [cmd], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}
const ready = has('soffice') && has('pdfinfo') && has('pdftotext')

// LibreOffice is the second program consultants open the file in; CI installs it (.ci/run).
describe.skipIf(!ready)(
  'the export opened by LibreOffice (skipped: soffice/poppler-utils not installed)',
  () => {
    it('converts to a PDF with cover, contents and body pages and the plan text', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'pv-soffice-'))
      try {
        writeFileSync(join(dir, 'plan.docx'), await exportSample())
        execFileSync(
          'soffice',
          [
            `-env:UserInstallation=file://${dir}/profile`,
            '--headless',
            '--convert-to',
            'pdf',
            '--outdir',
            dir,
            join(dir, 'plan.docx'),
          ],
          {
            stdio: 'ignore',
            timeout: 120_000,
          },
        )
        const info = execFileSync('pdfinfo', [join(dir, 'plan.pdf')], { encoding: 'utf8' })
        const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1])
        expect(pages).toBeGreaterThanOrEqual(4)
        expect(pages).toBeLessThanOrEqual(7)
        const text = execFileSync('pdftotext', [join(dir, 'plan.pdf'), '-'], { encoding: 'utf8' })
        for (const s of [
          'Indholdsfortegnelse',
          'Østerby Lokalråd',
          'Om lokalområdet',
          'Spørgeskema',
          'Ny sti langs åen',
          '✓ Ja',
          `Side 2 af ${pages}`,
        ]) {
          expect(text).toContain(s)
        }
        // the second ordered list starts again at 1
        expect(text).toMatch(/1\.\s+Ny liste begynder forfra/)
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
    }, 150_000)
  },
)
