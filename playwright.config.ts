import { defineConfig } from '@playwright/test'

/** e2e: the built renderer in Chromium against a real backend (see tests/e2e/fixtures/harness.ts). */
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: process.env.CI ? 2 : 2,
  // One retry on CI, where the machine is shared: a test that passes only on its retry is
  // reported as flaky in the run's output (and in test-reports/e2e.json), never hidden.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: { trace: 'off' },
})
