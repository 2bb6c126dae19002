import { test, expect, _electron as electron } from '@playwright/test'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'

/**
 * Path of the Electron binary, or null when it was never downloaded. Checked by hand: requiring
 * `electron` would try to download it, which machines without access cannot do.
 */
function electronBinary(): string | null {
  const folder = dirname(createRequire(import.meta.url).resolve('electron/package.json'))
  const pathFile = join(folder, 'path.txt')
  if (!existsSync(pathFile)) return null
  const binary = join(folder, 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(binary) ? binary : null
}

const binary = electronBinary()
const SKIP_REASON =
  'The Electron binary is not installed (ELECTRON_SKIP_BINARY_DOWNLOAD): the app is covered by the Chromium e2e specs instead.'
if (!binary) console.log(`electron smoke spec skipped: ${SKIP_REASON}`)
test.skip(!binary, SKIP_REASON)

test('the packaged app starts with a secure window and saves a status', async () => {
  const userData = await mkdtemp(join(tmpdir(), 'groundwork-electron-'))
  const app = await electron.launch({
    executablePath: binary!,
    args: [resolve('out/main/index.js')],
    env: { ...process.env, GROUNDWORK_USER_DATA: userData },
  })
  const page = await app.firstWindow()
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()
  // Sandbox and isolation seen from the page: no Node globals, only the typed bridge.
  const globals = await page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>
    return { require: typeof w.require, process: typeof w.process, api: typeof w.api }
  })
  expect(globals).toEqual({ require: 'undefined', process: 'undefined', api: 'object' })
  // The first state is asked for by the preload while the page loads: main must answer it.
  await expect(page.getByRole('heading', { name: 'Groundwork could not load your data' })).toHaveCount(0)
  // The app opens on the Dashboard; statuses are set in Skills.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Skills' }).click()
  await page.getByRole('combobox', { name: 'Status of Databases' }).selectOption('done')
  await expect(page.getByRole('combobox', { name: 'Status of Databases' })).toHaveValue('done')
  await app.close()
  expect(existsSync(join(userData, 'groundwork-data.json'))).toBe(true)
})
