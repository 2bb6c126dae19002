import { expect, test } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { launchApp, missingChromiumReason } from './harness'

test.skip(!!missingChromiumReason(), missingChromiumReason() ?? '')

test('the app reopens on the view it was closed on; a first start opens the Dashboard', async () => {
  const first = await launchApp()
  await expect(first.page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible()
  await first.page.getByRole('link', { name: 'Frameworks' }).click()
  await expect(first.page.getByRole('heading', { name: 'Frameworks', level: 1 })).toBeVisible()
  await expect
    .poll(
      async () =>
        (
          JSON.parse(await readFile(join(first.dataDir, 'groundwork-data.json'), 'utf8')) as {
            device: { workspace: { view?: string } }
          }
        ).device.workspace.view,
    )
    .toBe('frameworks')
  await first.close()

  const second = await launchApp({ dataDir: first.dataDir })
  await expect(second.page.getByRole('heading', { name: 'Frameworks', level: 1 })).toBeVisible()
  await expect(second.page.getByRole('link', { name: 'Frameworks' })).toHaveAttribute('aria-current', 'page')
  await second.page.getByRole('link', { name: 'Dashboard' }).click()
  await expect(second.page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible()
  await second.close()

  const third = await launchApp({ dataDir: first.dataDir })
  await expect(third.page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible()
  expect([...first.consoleErrors, ...second.consoleErrors, ...third.consoleErrors]).toEqual([])
  await third.close()
})
