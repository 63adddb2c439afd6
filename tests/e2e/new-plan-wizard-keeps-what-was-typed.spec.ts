import { test, expect } from './fixtures/harness'

const SHOTS = '/tmp/shots-issue11-layout'
/** Zoom emulated by a smaller CSS viewport (150 % of 1280x720 = 853x480, 200 % of 1366x768 = 683x384). */
const SIZES = [
  { name: '1280x860', width: 1280, height: 860 },
  { name: '1024x640', width: 1024, height: 640 },
  { name: '1280x720-at-150', width: 853, height: 480 },
  { name: '1366x768-at-200', width: 683, height: 384 },
]

for (const size of SIZES) {
  test(`step 1's radio buttons sit beside their words at ${size.name}`, async ({ app }) => {
    const { page } = app
    await page.setViewportSize({ width: size.width, height: size.height })
    await page.getByRole('button', { name: 'Ny plan' }).first().click()
    for (const name of ['Et lokalråd / en landsbyforening', 'En landsbyklynge (flere landsbyer sammen)']) {
      const radio = page.getByRole('radio', { name })
      const label = page.locator('label.choice', { has: radio })
      const r = (await radio.boundingBox())!
      // Where the words start: the label's text node, measured with a Range.
      const textLeft = await label.evaluate((el) => {
        const node = [...el.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())!
        const range = document.createRange()
        range.selectNodeContents(node)
        return range.getBoundingClientRect().left
      })
      expect(r.width).toBeLessThan(30)
      expect(textLeft - (r.x + r.width)).toBeGreaterThanOrEqual(0)
      expect(textLeft - (r.x + r.width)).toBeLessThan(16)
    }
    await page.screenshot({ path: `${SHOTS}/wizard-step1-${size.name}.png` })
  })
}

test('the red "Skriv et navn" goes as soon as a name is typed', async ({ app }) => {
  const { page } = app
  await page.getByRole('button', { name: 'Ny plan' }).first().click()
  await page.getByRole('button', { name: 'Næste' }).click()
  const name = page.getByLabel('Lokalrådets eller klyngens navn')
  await expect(page.getByRole('alert')).toHaveText(/^Skriv et navn/)
  await expect(name).toHaveAttribute('aria-invalid', 'true')
  await page.screenshot({ path: `${SHOTS}/wizard-step1-missing.png` })
  await name.pressSequentially('B')
  await expect(page.getByRole('alert')).toHaveCount(0)
  await expect(name).not.toHaveAttribute('aria-invalid', 'true')
  await page.screenshot({ path: `${SHOTS}/wizard-step1-typed.png` })
})

test('a village typed without Enter is kept as a chip when Næste is clicked, and saved', async ({ app }) => {
  const { page } = app
  await page.getByRole('button', { name: 'Ny plan' }).first().click()
  await page.getByLabel('Lokalrådets eller klyngens navn').fill('Bøvl Lokalråd')
  await page.getByRole('button', { name: 'Næste' }).click()
  const villages = page.getByLabel('Landsbyer, planen dækker')
  await villages.fill('Bøvl')
  await villages.press('Enter')
  await villages.fill('  Nørre Bøvl ')
  await page.getByRole('button', { name: 'Næste' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Vælg skabelon' })).toBeVisible()
  await page.getByRole('button', { name: 'Forrige' }).click()
  await expect(page.getByRole('list', { name: 'Valgte landsbyer' }).getByRole('listitem')).toHaveText([
    /^Bøvl/,
    /^Nørre Bøvl/,
  ])
  await expect(villages).toHaveValue('')
  await page.screenshot({ path: `${SHOTS}/wizard-step2-kept.png` })
  await page.getByRole('button', { name: 'Næste' }).click()
  await page.getByRole('button', { name: 'Næste' }).click()
  await page.getByRole('button', { name: 'Opret planen' }).click()
  await expect(page.locator('.ProseMirror')).toBeVisible()
  expect((await app.savedPlan()).meta.villages).toEqual(['Bøvl', 'Nørre Bøvl'])
})
