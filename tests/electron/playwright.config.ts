import { defineConfig } from '@playwright/test'

/** Journeys through the real Electron app (`_electron.launch` on out/main/index.js). They skip with
 * a stated reason where no Electron binary is installed. Run: npx playwright test -c tests/electron */
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  timeout: 90_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
})
