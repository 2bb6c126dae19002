import { defineConfig } from '@playwright/test'

// The e2e specs drive the built renderer in Debian's Chromium through test/e2e/harness.ts;
// the electron project runs only where the Electron binary exists.
export default defineConfig({
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  // This machine is shared and noisy: one retry in CI, reported as flaky, so a real failure still fails.
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [['list']] : [['list']],
  projects: [
    { name: 'e2e', testDir: 'test/e2e' },
    { name: 'electron', testDir: 'test/electron' },
  ],
})
