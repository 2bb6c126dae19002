import { defineConfig } from '@playwright/test'

// The e2e specs drive the built renderer in Debian's Chromium through test/e2e/harness.ts;
// the electron project runs only where the Electron binary exists.
export default defineConfig({
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [['list']] : [['list']],
  projects: [
    { name: 'e2e', testDir: 'test/e2e' },
    { name: 'electron', testDir: 'test/electron' },
  ],
})
