import { expect, test, type Page } from '@playwright/test'
import { mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { launchApp, missingChromiumReason } from './harness'
import { describeViolations, seriousViolations } from './axe'
import { seededState } from '../support/report-fixture'
import type { AppState } from '../../src/shared/model'

test.skip(!!missingChromiumReason(), missingChromiumReason() ?? '')

const onDisk = async (dataDir: string): Promise<AppState> =>
  JSON.parse(await readFile(join(dataDir, 'groundwork-data.json'), 'utf8')) as AppState

async function openData(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Data', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Notes as Markdown files' })).toBeVisible()
}

test('the seeded notes go out as a Markdown folder and come back: the changed one updated, new files added, nothing doubled, kept after a restart', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'groundwork-e2e-'))
  await writeFile(join(dataDir, 'groundwork-data.json'), JSON.stringify(seededState()))
  const vault = join(dataDir, 'vault')
  await mkdir(vault)
  const app = await launchApp({ dataDir })
  const { page } = app
  await openData(page)

  app.answerNextFolderDialog(vault)
  await page.getByRole('button', { name: 'Export notes as Markdown folder…' }).click()
  await expect(page.getByRole('status').filter({ hasText: '2 notes exported' })).toContainText(vault)
  expect((await readdir(vault)).sort()).toEqual(['APIs', 'Databases'])
  const [apiFile] = await readdir(join(vault, 'APIs'))
  // The title's quotes, colon and slashes do not make folders or leave the vault.
  expect(apiFile).toBe('=HYPERLINK(-http---example.invalid-).md')
  const apiPath = join(vault, 'APIs', apiFile ?? '')
  const exported = await readFile(apiPath, 'utf8')
  expect(exported).toContain('id: "api-old"\nskill: "apis"\ntitle: "=HYPERLINK(\\"http://example.invalid\\")"')

  // Edited elsewhere (as in Obsidian), plus a note written there and a loose file at the top.
  await writeFile(apiPath, `${exported}\nDELETE is idempotent too.`)
  await writeFile(join(vault, 'Databases', 'Replication.md'), '# Replication\n\nLeader and followers.')
  await writeFile(join(vault, 'Loose idea.md'), 'Rate limiting with a token bucket.')

  app.answerNextFolderDialog(vault)
  await page.getByRole('button', { name: 'Import Markdown folder…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Import notes from this folder?' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('row', { name: 'New notes 2' })).toBeVisible()
  await expect(dialog.getByRole('row', { name: 'Updated notes 1' })).toBeVisible()
  await expect(dialog.getByRole('row', { name: 'Unchanged 1' })).toBeVisible()
  await expect(dialog.getByRole('row', { name: 'Skipped files 0' })).toBeVisible()
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused()
  expect(describeViolations(await seriousViolations(page))).toEqual([])
  // The loose file names no skill: the import waits for the learner to pick one.
  const importButton = dialog.getByRole('button', { name: 'Import 3 notes' })
  await expect(importButton).toBeDisabled()
  await dialog
    .getByRole('combobox', { name: 'Skill for 1 note in the chosen folder itself' })
    .selectOption({ label: 'APIs' })
  await importButton.click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('status').filter({ hasText: 'Imported from vault' })).toContainText(
    '2 notes added, 1 note updated.',
  )

  const state = await onDisk(dataDir)
  const notes = Object.values(state.notes)
  expect(notes).toHaveLength(4)
  expect(state.notes['api-old']?.body).toBe(
    'Status codes: 200, 201, 404.\nPUT is idempotent; POST is not.\nDELETE is idempotent too.',
  )
  expect(state.noteHistory['api-old']?.at(-1)).toMatchObject({
    reason: 'import',
    body: 'Status codes: 200, 201, 404.\nPUT is idempotent; POST is not.',
  })
  expect(notes.find((note) => note.title === 'Replication')?.skillId).toBe('databases')
  expect(notes.find((note) => note.title === 'Loose idea')?.skillId).toBe('apis')

  // The notes show where they belong.
  await page.getByRole('link', { name: 'Skills' }).click()
  await page.getByRole('button', { name: 'APIs', exact: true }).click()
  await expect(
    page.getByRole('list', { name: 'Notes on APIs' }).getByRole('button', { name: /Loose idea/ }),
  ).toBeVisible()

  // Importing the same folder again would change nothing: the files without an id are known by their text now.
  await openData(page)
  app.answerNextFolderDialog(vault)
  await page.getByRole('button', { name: 'Import Markdown folder…' }).click()
  await expect(dialog.getByRole('row', { name: 'Unchanged 4' })).toBeVisible()
  await expect(dialog.getByRole('row', { name: 'New notes 0' })).toBeVisible()
  await expect(dialog.getByRole('button', { name: 'Nothing to import' })).toBeDisabled()
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toBeHidden()
  await app.close()

  const again = await launchApp({ dataDir })
  await again.page.getByRole('link', { name: 'Skills' }).click()
  await again.page.getByRole('button', { name: 'Databases', exact: true }).click()
  await expect(
    again.page.getByRole('list', { name: 'Notes on Databases' }).getByRole('button', { name: /Replication/ }),
  ).toBeVisible()
  expect(Object.keys((await onDisk(dataDir)).notes)).toHaveLength(4)
  await again.close()
})
