import { expect, test, type Page } from '@playwright/test'
import { open, readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { launchApp, missingChromiumReason } from './harness'
import { testDay } from '../support/test-clock'

test.skip(!!missingChromiumReason(), missingChromiumReason() ?? '')

async function setStatus(page: Page, skill: string, label: string): Promise<void> {
  await page.getByRole('link', { name: 'Skills' }).click()
  const control = page.getByRole('combobox', { name: `Status of ${skill}` })
  await control.selectOption({ label })
}

test('exports every format from Reports, then a JSON backup on the Data view brings everything back after changes', async () => {
  const app = await launchApp()
  const { page, dataDir } = app
  await setStatus(page, 'Databases', 'Done')
  await setStatus(page, 'APIs', 'Learning')
  await setStatus(page, 'Serverless architecture', 'Skipped')

  await page.getByRole('link', { name: 'Reports' }).click()
  const day = testDay()
  for (const [label, ext] of [
    ['Markdown', 'md'],
    ['HTML', 'html'],
    ['CSV', 'csv'],
    ['PDF', 'pdf'],
  ]) {
    await page.getByRole('button', { name: `Export ${label}` }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Saved to' })).toContainText(
      `groundwork-report-${day}.${ext}`,
    )
  }
  const exports = join(dataDir, 'exports')
  expect((await readdir(exports)).sort()).toEqual(
    ['csv', 'html', 'md', 'pdf'].map((ext) => `groundwork-report-${day}.${ext}`),
  )
  expect(await readFile(join(exports, `groundwork-report-${day}.md`), 'utf8')).toContain(
    '| Databases | Technical skills | Done | 100% |',
  )
  expect(await readFile(join(exports, `groundwork-report-${day}.html`), 'utf8')).toContain(
    '<td>Serverless architecture</td><td>Technical skills</td><td><span class="report-status-skipped">Skipped</span>',
  )
  expect(await readFile(join(exports, `groundwork-report-${day}.csv`), 'utf8')).toContain(
    '\r\nAPIs,Technical skills,Learning,0,,0,6,,0,',
  )

  await page.getByRole('link', { name: 'Data', exact: true }).click()
  await page.getByRole('button', { name: 'Save full backup…' }).click()
  const backupPath = join(exports, `groundwork-backup-${day}.json`)
  await expect(page.getByRole('status').filter({ hasText: 'Backup saved to' })).toContainText(backupPath)

  // Change things, then bring the backup back.
  await setStatus(page, 'Databases', 'Not started')
  await setStatus(page, 'Version control', 'Done')
  await setStatus(page, 'APIs', 'Done')
  await page.getByRole('link', { name: 'Data', exact: true }).click()

  // A bad file first: refused with a clear message, nothing changes.
  const badPath = join(dataDir, 'not-a-backup.json')
  await writeFile(badPath, '{"schemaVersion": 1, "skills": {"__proto__": {}}}')
  app.answerNextOpenDialog(badPath)
  await page.getByRole('button', { name: 'Import backup…' }).click()
  await expect(page.getByRole('alert')).toContainText('"__proto__" key')
  const hugePath = join(dataDir, 'huge.json')
  const handle = await open(hugePath, 'w')
  await handle.truncate(300 * 1024 * 1024)
  await handle.close()
  app.answerNextOpenDialog(hugePath)
  await page.getByRole('button', { name: 'Import backup…' }).click()
  await expect(page.getByRole('alert')).toContainText('This file is 300 MB; a Groundwork backup can be at most 200 MB.')

  app.answerNextOpenDialog(backupPath)
  await page.getByRole('button', { name: 'Import backup…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Import this backup?' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('row', { name: 'Skills done 2 1' })).toBeVisible()
  await expect(dialog.getByRole('row', { name: 'Skills in progress 0 1' })).toBeVisible()
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused()
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.screenshot({ path: 'test-results/import-dialog.png' })
  await dialog.getByRole('button', { name: 'Import and replace my data' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('status').filter({ hasText: 'Your data was replaced' })).toContainText(
    `groundwork-backup-${day}.json`,
  )
  await page.getByRole('link', { name: 'Reports' }).click()
  await expect(
    page.getByRole('article', { name: 'Report preview' }).getByRole('row', { name: /Databases.*Done/ }),
  ).toBeVisible()

  await page.getByRole('link', { name: 'Skills' }).click()
  await expect(page.getByRole('combobox', { name: 'Status of Databases' })).toHaveValue('done')
  await expect(page.getByRole('combobox', { name: 'Status of APIs' })).toHaveValue('learning')
  await expect(page.getByRole('combobox', { name: 'Status of Serverless architecture' })).toHaveValue('skipped')
  await expect(page.getByRole('combobox', { name: 'Status of Version control' })).toHaveValue('not-started')

  // The data replaced by the import was backed up first: restoring it undoes the import.
  await page.getByRole('link', { name: 'Data', exact: true }).click()
  await page
    .getByRole('button', { name: /^Restore backup from/ })
    .first()
    .click()
  const restore = page.getByRole('dialog', { name: 'Restore this backup?' })
  await expect(restore.getByRole('row', { name: 'Skills done 1 2' })).toBeVisible()
  await expect(restore.getByRole('row', { name: 'Skills in progress 1 0' })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(restore).toBeHidden()
  await page
    .getByRole('button', { name: /^Restore backup from/ })
    .first()
    .click()
  await restore.getByRole('button', { name: 'Restore and replace my data' }).click()
  await expect(restore).toBeHidden()
  await page.getByRole('link', { name: 'Skills' }).click()
  await expect(page.getByRole('combobox', { name: 'Status of Version control' })).toHaveValue('done')
  await expect(page.getByRole('combobox', { name: 'Status of Databases' })).toHaveValue('not-started')
  await expect(page.getByRole('combobox', { name: 'Status of APIs' })).toHaveValue('done')
  await app.close()

  // And it is what is on disk after a restart.
  const again = await launchApp({ dataDir })
  await again.page.getByRole('link', { name: 'Skills' }).click()
  await expect(again.page.getByRole('combobox', { name: 'Status of Version control' })).toHaveValue('done')
  await again.close()
})
