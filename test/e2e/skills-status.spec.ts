import { expect, test } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { launchApp, missingChromiumReason } from './harness'

test.skip(!!missingChromiumReason(), missingChromiumReason() ?? '')

test('a skill status set in the checklist is kept after a restart', async () => {
  const first = await launchApp()
  const { page, dataDir } = first
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()
  for (const name of ['Dashboard', 'Skills', 'Levels', 'Frameworks', 'Reports']) {
    await expect(page.getByRole('link', { name })).toBeVisible()
  }
  // The app opens on the Dashboard; the checklist is one click away.
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible()
  await page.getByRole('link', { name: 'Skills' }).click()
  const status = page.getByRole('combobox', { name: 'Status of Databases' })
  await status.selectOption({ label: 'Learning' })
  await expect(status).toHaveValue('learning')
  await first.close()

  const onDisk = JSON.parse(await readFile(join(dataDir, 'groundwork-data.json'), 'utf8')) as {
    skills: Record<string, { status: string }>
  }
  expect(onDisk.skills.databases?.status).toBe('learning')

  const second = await launchApp({ dataDir })
  await second.page.getByRole('link', { name: 'Skills' }).click()
  await expect(second.page.getByRole('combobox', { name: 'Status of Databases' })).toHaveValue('learning')
  await expect(second.page.getByRole('combobox', { name: 'Status of APIs' })).toHaveValue('not-started')
  await second.page.screenshot({ path: 'test-results/skills-screen.png', fullPage: false })
  await second.close()
})

test('a view opened from the navigation starts at its top', async () => {
  const app = await launchApp()
  const { page } = app
  await page.setViewportSize({ width: 1200, height: 700 })
  // Skills scrolls inside its panes; Frameworks scrolls the main area itself.
  await page.getByRole('link', { name: 'Frameworks' }).click()
  const main = page.getByRole('main')
  await expect(page.getByRole('heading', { name: 'Frameworks', level: 1 })).toBeVisible()
  // The table arrives with its lazy view: scroll to the end once it is there.
  await expect.poll(() => main.evaluate((el) => (el.scrollTo(0, el.scrollHeight), el.scrollTop))).toBeGreaterThan(0)
  await page.getByRole('link', { name: 'Levels' }).click()
  await expect(page.getByRole('heading', { name: 'Levels', level: 1 })).toBeInViewport()
  expect(await main.evaluate((el) => el.scrollTop)).toBe(0)
  await app.close()
})
