import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { test, expect, AppHarness } from './fixtures/harness'
import { createPlanThroughWizard, editorBody, saveStatus } from './fixtures/pages'
import { faultyFs } from '../unit/faults/support/faultyFs'

const cases = [
  { errno: 'ENOSPC', what: 'a full disk', message: 'Der er ikke plads nok på disken' },
  { errno: 'EACCES', what: 'permission denied', message: 'Programmet har ikke lov til at skrive i mappen' },
]

for (const { errno, what, message } of cases) {
  test(`${what} during a save: old file intact, no temp file, "Ikke gemt" shown, retried and saved once the fault clears`, async ({
    sharedBrowser,
  }) => {
    const faults = faultyFs()
    const app = await AppHarness.start(sharedBrowser, undefined, { fs: faults.fs })
    try {
      const page = app.page
      await createPlanThroughWizard(page, { council: 'Bøvl Lokalråd' })
      await editorBody(page).click()
      await page.keyboard.type('Første afsnit er gemt.')
      await expect(saveStatus(page)).toHaveText('Gemt')
      const [file] = await app.planFiles()
      const plansDir = join(app.dataDir, 'plans')
      const before = await readFile(join(plansDir, file), 'utf8')

      faults.state.where = (p) => p.startsWith(plansDir)
      faults.state.failWith = errno
      await page.keyboard.type(' Dette kom til, mens disken drillede.')
      await expect(saveStatus(page)).toHaveText('Ikke gemt – prøver igen')
      await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible()
      expect(faults.state.refused).toBeGreaterThan(0)
      expect(await readFile(join(plansDir, file), 'utf8')).toBe(before)
      expect((await readdir(plansDir)).filter((f) => f.endsWith('.tmp'))).toEqual([])
      // The words are still on the screen, not reset.
      await expect(editorBody(page)).toContainText('mens disken drillede')

      faults.state.failWith = null
      await expect(saveStatus(page)).toHaveText('Gemt', { timeout: 15_000 })
      expect(await readFile(join(plansDir, file), 'utf8')).toContain('mens disken drillede')
      expect((await readdir(plansDir)).filter((f) => f.endsWith('.tmp'))).toEqual([])
    } finally {
      await app.dispose()
    }
  })
}
