import { defineConfig } from '@playwright/test'

/** e2e: the built renderer in Chromium against a real backend (see tests/e2e/fixtures/harness.ts). */
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  reporter: [['list']],
  use: { trace: 'off' },
})
