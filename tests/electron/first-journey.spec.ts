import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test'
import { HomePage, createPlanThroughWizard, editorBody, saveStatus } from '../e2e/fixtures/pages'
import { findElectronBinary } from '../../scripts/electronBinary'

const binary = findElectronBinary()
const mainBundle = join(process.cwd(), 'out', 'main', 'index.js')

test.skip(binary.path === null, binary.path === null ? binary.reason : '')
test.skip(!existsSync(mainBundle), 'The app is not built: run `npm run build` first')

function launch(dataDir: string): Promise<ElectronApplication> {
  return electron.launch({
    executablePath: binary.path ?? undefined,
    args: [mainBundle],
    env: { ...process.env, PLANVAERKSTED_DATA_DIR: dataDir } as Record<string, string>,
  })
}

test('create a plan, type, restart the app: the text is there', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'pv-electron-'))
  try {
    let app = await launch(dataDir)
    let page = await app.firstWindow()
    await new HomePage(page).isShown()
    // The sandboxed page sees no Node: no require, no process.
    const nodeGlobals = await page.evaluate(() => {
      const g = globalThis as Record<string, unknown>
      return [typeof g.require, typeof g.process]
    })
    expect(nodeGlobals).toEqual(['undefined', 'undefined'])
    await createPlanThroughWizard(page, { council: 'Bøvl Lokalråd', municipality: 'Billund Kommune' })
    await editorBody(page).click()
    await page.keyboard.type('Skrevet i den rigtige app og gemt før lukning.')
    await expect(saveStatus(page)).toHaveText('Gemt')
    await app.close()

    app = await launch(dataDir)
    page = await app.firstWindow()
    const home = new HomePage(page)
    await home.isShown()
    await home.openPlan('Udviklingsplan for Bøvl Lokalråd')
    await expect(editorBody(page)).toContainText('Skrevet i den rigtige app og gemt før lukning.')
    await app.close()
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
  }
})

test('quitting right after typing still saves (the quit flush)', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'pv-electron-'))
  try {
    let app = await launch(dataDir)
    let page = await app.firstWindow()
    await createPlanThroughWizard(page, { council: 'Ørum Borgerforening' })
    await editorBody(page).click()
    await page.keyboard.type('Sidste sætning før strømmen gik')
    await app.close()

    app = await launch(dataDir)
    page = await app.firstWindow()
    await new HomePage(page).openPlan('Udviklingsplan for Ørum Borgerforening')
    await expect(editorBody(page)).toContainText('Sidste sætning før strømmen gik')
    await app.close()
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
  }
})
