import { expect, test, type Page } from '@playwright/test'
import { mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { launchApp, missingChromiumReason } from './harness'
import { expectNoteText } from './note-text'
import { seededState } from '../support/report-fixture'
import { pngBytes, storedName } from '../support/png'
import type { AppState } from '../../src/shared/model'

test.skip(!!missingChromiumReason(), missingChromiumReason() ?? '')

const onDisk = async (dataDir: string): Promise<AppState> =>
  JSON.parse(await readFile(join(dataDir, 'groundwork-data.json'), 'utf8')) as AppState

async function openData(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Data', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Notes as Markdown files' })).toBeVisible()
}

const PICTURE = pngBytes('query plan')
const NAME = storedName(PICTURE)
const BODY = `The planner chose an index scan.\n\n![query plan](attachments/${NAME})`

test('a note with a picture goes out as a Markdown folder with the picture beside it, and comes into a fresh profile with its picture', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'groundwork-e2e-'))
  const state = seededState()
  state.notes['db-plan'] = {
    id: 'db-plan',
    skillId: 'databases',
    title: 'Query plans',
    body: BODY,
    createdAt: '2026-11-21T08:00:00.000Z',
    updatedAt: '2026-11-21T08:00:00.000Z',
  }
  await writeFile(join(dataDir, 'groundwork-data.json'), JSON.stringify(state))
  await mkdir(join(dataDir, 'attachments'))
  await writeFile(join(dataDir, 'attachments', NAME), PICTURE)
  const vault = join(dataDir, 'vault')
  await mkdir(vault)

  const home = await launchApp({ dataDir })
  await openData(home.page)
  home.answerNextFolderDialog(vault)
  await home.page.getByRole('button', { name: 'Export notes as Markdown folder…' }).click()
  await expect(
    home.page.getByRole('status').filter({ hasText: '3 notes exported with 1 picture in attachments.' }),
  ).toContainText(vault)
  await home.close()
  // The picture sits in attachments/ at the top; the note links it from its own folder, as Obsidian reads it.
  expect(await readdir(join(vault, 'attachments'))).toEqual([NAME])
  expect(await readFile(join(vault, 'attachments', NAME))).toEqual(PICTURE)
  expect(await readFile(join(vault, 'Databases', 'Query plans.md'), 'utf8')).toContain(
    `![query plan](../attachments/${NAME})`,
  )

  const fresh = await launchApp()
  const { page } = fresh
  await openData(page)
  fresh.answerNextFolderDialog(vault)
  await page.getByRole('button', { name: 'Import Markdown folder…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Import notes from this folder?' })
  await expect(dialog.getByRole('row', { name: 'New notes 3' })).toBeVisible()
  await expect(dialog.getByRole('row', { name: 'Pictures with the notes 1' })).toBeVisible()
  await dialog.getByRole('button', { name: 'Import 3 notes' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('status').filter({ hasText: 'Imported from vault' })).toContainText(
    '3 notes added, 0 notes updated, with 1 picture.',
  )

  // The link points at the picture stored in the fresh profile, and the file is there.
  expect((await onDisk(fresh.dataDir)).notes['db-plan']?.body).toBe(BODY)
  expect(await readFile(join(fresh.dataDir, 'attachments', NAME))).toEqual(PICTURE)
  await page.getByRole('link', { name: 'Skills' }).click()
  await page.getByRole('button', { name: 'Databases', exact: true }).click()
  await page
    .getByRole('list', { name: 'Notes on Databases' })
    .getByRole('button', { name: /Query plans/ })
    .click()
  await expectNoteText(page, BODY)
  expect(fresh.consoleErrors).toEqual([])
  await fresh.close()
})
