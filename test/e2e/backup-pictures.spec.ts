import { expect, test } from '@playwright/test'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { launchApp, missingChromiumReason } from './harness'
import { testDay } from '../support/test-clock'
import { addPicture } from '../support/pictures'
import { pngBytes } from '../support/png'
import { answerOf } from '../support/dispatch-answer'
import { isAttachmentName } from '../../src/shared/attachments/names'

test.skip(!!missingChromiumReason(), missingChromiumReason() ?? '')

test('a backup with two pictures, restored into a fresh profile, brings both files back and its report shows them', async () => {
  const home = await launchApp()
  // The pictures come in as a paste would bring them (pasting itself is the editor's own spec).
  const plan = await addPicture(home.core, pngBytes('query plan'), 'query plan.png')
  const sketch = await addPicture(home.core, pngBytes('architecture'), 'architecture.png')
  await answerOf(home.core, 'notes:create', {
    skillId: 'databases',
    title: 'Reading plans',
    body: `The plan of the slow query:\n\n${plan.markdown}\n\nAnd the whole system:\n\n${sketch.markdown}`,
  })

  await home.page.getByRole('link', { name: 'Data', exact: true }).click()
  await home.page.getByRole('button', { name: 'Save full backup…' }).click()
  const backupPath = join(home.dataDir, 'exports', `groundwork-backup-${testDay()}.json`)
  await expect(home.page.getByRole('status').filter({ hasText: 'Backup saved to' })).toContainText(backupPath)
  await home.close()

  const fresh = await launchApp()
  const { page } = fresh
  await page.getByRole('link', { name: 'Data', exact: true }).click()
  fresh.answerNextOpenDialog(backupPath)
  await page.getByRole('button', { name: 'Import backup…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Import this backup?' })
  await expect(dialog.getByRole('row', { name: 'Notes 0 1' })).toBeVisible()
  await dialog.getByRole('button', { name: 'Import and replace my data' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Your data was replaced' })).toBeVisible()

  const stored = (await readdir(join(fresh.dataDir, 'attachments'))).filter(isAttachmentName)
  expect(stored.sort()).toEqual([plan.name, sketch.name].sort())
  expect(await readFile(join(fresh.dataDir, 'attachments', plan.name))).toEqual(pngBytes('query plan'))

  // The restored note shows its pictures where notes are drawn with them: the exported web page.
  await page.getByRole('link', { name: 'Reports' }).click()
  await page.getByRole('radio', { name: 'In full' }).check()
  await page.getByRole('button', { name: 'Export HTML' }).click()
  const saved = page.getByRole('status').filter({ hasText: 'Saved to' })
  await expect(saved).toContainText('.html')
  const html = await readFile(((await saved.locator('code').textContent()) ?? '').trim(), 'utf8')
  for (const bytes of [pngBytes('query plan'), pngBytes('architecture')])
    expect(html).toContain(`src="data:image/png;base64,${bytes.toString('base64')}"`)
  await fresh.close()
})
