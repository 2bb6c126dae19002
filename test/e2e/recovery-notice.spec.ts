import { expect, test } from '@playwright/test'
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { launchApp, missingChromiumReason } from './harness'

test.skip(!!missingChromiumReason(), missingChromiumReason() ?? '')

test('a corrupt data file: the learner is told, shown where the bad copy is kept, and their backup is restored', async () => {
  // First run saves a status; the second start backs it up.
  const dataDir = await mkdtemp(join(tmpdir(), 'groundwork-recovery-'))
  const first = await launchApp({ dataDir })
  await first.page.getByRole('link', { name: 'Skills' }).click()
  await first.page.getByRole('combobox', { name: 'Status of Databases' }).selectOption({ label: 'Done' })
  await first.close()
  const second = await launchApp({ dataDir })
  await second.page.getByRole('link', { name: 'Skills' }).click()
  await expect(second.page.getByRole('combobox', { name: 'Status of Databases' })).toHaveValue('done')
  await second.close()

  // The file is cut short, as a crash of another tool or a bad sync might leave it.
  const bad = (await readFile(join(dataDir, 'groundwork-data.json'), 'utf8')).slice(0, 25)
  await writeFile(join(dataDir, 'groundwork-data.json'), bad)

  const app = await launchApp({ dataDir })
  await app.page.setViewportSize({ width: 1024, height: 640 })
  const notice = app.page.getByRole('alert', { name: 'Your data file could not be loaded' })
  await expect(notice).toBeVisible()
  // It floats over the page, whole and in view at the smallest window size, and pushes nothing down.
  await expect(notice).toBeInViewport({ ratio: 1 })
  await app.page.getByRole('link', { name: 'Dashboard' }).click()
  const heading = app.page.getByRole('main').getByRole('heading', { name: 'Dashboard', level: 1 })
  const headingTop = (await heading.boundingBox())?.y
  const kept = (await readdir(dataDir)).find((name) => name.includes('.unreadable-'))
  expect(kept).toBeTruthy()
  const keptPath = join(dataDir, kept ?? '')
  await expect(notice).toContainText(keptPath)
  await expect(notice).toContainText(/restored from the backup/)
  expect(await readFile(keptPath, 'utf8')).toBe(bad)
  await app.page.getByRole('link', { name: 'Skills' }).click()
  await expect(app.page.getByRole('combobox', { name: 'Status of Databases' })).toHaveValue('done')

  await notice.getByRole('button', { name: 'Show in folder' }).click()
  await expect.poll(() => app.shownInFolder).toEqual([keptPath])
  await app.page.screenshot({ path: 'test-results/recovery-notice.png' })
  await notice.getByRole('button', { name: 'Dismiss' }).click()
  await expect(notice).toBeHidden()
  await app.page.getByRole('link', { name: 'Dashboard' }).click()
  expect((await heading.boundingBox())?.y).toBe(headingTop)
  await app.close()
})
