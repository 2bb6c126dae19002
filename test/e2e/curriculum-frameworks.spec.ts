import { expect, test, type Page } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { launchApp, missingChromiumReason } from './harness'
import { describeViolations, seriousViolations } from './axe'
import { seededDataDir, studyLoopState } from '../support/study-loop-fixture'
import type { AppState } from '../../src/shared/model'

test.skip(!!missingChromiumReason(), missingChromiumReason() ?? '')

const table = (page: Page) => page.getByRole('region', { name: 'Comparison table' })
const axumRow = (page: Page) => table(page).getByRole('row', { name: /^Compare Axum\b/ })
const onDisk = async (dataDir: string): Promise<AppState> =>
  JSON.parse(await readFile(join(dataDir, 'groundwork-data.json'), 'utf8')) as AppState

test('a framework row is added, changed, removed with its mark and compare pick kept, and restored with both, through a restart', async () => {
  const first = await launchApp()
  const { page, dataDir } = first
  await page.getByRole('link', { name: 'Frameworks' }).click()
  await page.getByText('Add a framework of your own').click()
  const form = page.getByRole('form', { name: 'Add a framework' })
  await form.getByRole('textbox', { name: 'Name' }).fill('Axum')
  await form.getByRole('textbox', { name: 'Language' }).fill('Rust')
  await form.getByRole('spinbutton', { name: 'First release (year)' }).fill('2021')
  await form.getByRole('button', { name: 'Add to the table' }).click()
  await expect(form.getByRole('status')).toHaveText('Axum was added to the table.')

  // Change it: a fact and a rating.
  await axumRow(page).getByRole('button', { name: 'Axum details' }).click()
  const dialog = page.getByRole('dialog', { name: 'Axum' })
  await dialog.getByRole('button', { name: 'Change Axum' }).click()
  const change = dialog.getByRole('form', { name: 'Change Axum' })
  await change.getByRole('textbox', { name: 'License' }).fill('MIT')
  await change.getByRole('textbox', { name: 'Name' }).fill('  ')
  await change.getByRole('spinbutton', { name: 'Performance (1 to 5)' }).fill('5')
  await change.getByRole('button', { name: 'Save changes' }).click()
  // Main refuses a blank name and says why; what was typed stays in the form.
  await expect(change.getByRole('alert')).toHaveText(/Give the framework a name/)
  await expect(change.getByRole('textbox', { name: 'License' })).toHaveValue('MIT')
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme })
    expect(describeViolations(await seriousViolations(page)), colorScheme).toEqual([])
  }
  await change.getByRole('textbox', { name: 'Name' }).fill('Axum')
  await change.getByRole('button', { name: 'Save changes' }).click()
  await expect(change).toHaveCount(0)
  await expect(dialog.getByText('MIT', { exact: true })).toBeVisible()
  await expect(dialog.getByText('5/5')).toBeVisible()
  await dialog.getByRole('button', { name: 'Close' }).click()

  // Mark it and pick it for comparison, then remove it.
  await axumRow(page).getByRole('combobox', { name: 'Mark Axum' }).selectOption('learning')
  await table(page).getByRole('checkbox', { name: 'Compare Axum' }).check()
  await table(page).getByRole('checkbox', { name: 'Compare Flask' }).check()
  const compare = page.getByRole('region', { name: 'Side by side' })
  await expect(compare.getByRole('table')).toContainText('Axum')
  await axumRow(page).getByRole('button', { name: 'Axum details' }).click()
  await dialog.getByRole('button', { name: 'Remove Axum from the table' }).click()
  await expect(dialog).toHaveCount(0)
  // Its details button went with the row: focus lands on the main area, and Ctrl+Z takes the removal back.
  await expect(page.locator('#main')).toBeFocused()
  await expect(page.getByRole('status').filter({ hasText: 'Removed Axum from the table.' })).toBeVisible()
  await page.keyboard.press('Control+z')
  await expect(axumRow(page)).toBeVisible()
  await axumRow(page).getByRole('button', { name: 'Axum details' }).click()
  await dialog.getByRole('button', { name: 'Remove Axum from the table' }).click()
  await expect(axumRow(page)).toHaveCount(0)
  await expect(compare).toContainText('Flask is picked. Tick one more in the table to compare.')
  const stored = await onDisk(dataDir)
  expect(stored.trash).toMatchObject([{ kind: 'framework', framework: { name: 'Axum', license: 'MIT' } }])
  expect(Object.values(stored.frameworks.marks)).toContain('learning')
  expect(stored.frameworks.compare).toHaveLength(2)
  await first.close()

  // After a restart it waits under Removed rows; restoring brings back its mark and its pick.
  const second = await launchApp({ dataDir })
  await second.page.getByRole('link', { name: 'Frameworks' }).click()
  const removed = second.page.getByRole('region', { name: 'Removed rows' })
  await removed.getByRole('button', { name: 'Restore Axum' }).click()
  await expect(removed).toHaveCount(0)
  await expect(axumRow(second.page)).toBeVisible()
  await expect(axumRow(second.page).getByRole('combobox', { name: 'Mark Axum' })).toHaveValue('learning')
  await expect(table(second.page).getByRole('checkbox', { name: 'Compare Axum' })).toBeChecked()
  await expect(second.page.getByRole('region', { name: 'Side by side' }).getByRole('table')).toContainText('MIT')
  expect(first.consoleErrors).toEqual([])
  expect(second.consoleErrors).toEqual([])
  await second.close()
})

test('hiding a skill takes its due cards out of Review and the Dashboard, and showing it brings them back with their schedule', async () => {
  const state = studyLoopState()
  const app = await launchApp({ dataDir: await seededDataDir(state) })
  const { page, dataDir } = app
  const reviewToday = page.getByRole('region', { name: 'Review today' })
  await expect(reviewToday).toContainText('2 cards due')

  const setHidden = async (item: 'Hide' | 'Show'): Promise<void> => {
    await page.getByRole('link', { name: 'Skills' }).click()
    await page.getByRole('button', { name: 'Edit curriculum' }).click()
    const editor = page.getByRole('dialog', { name: 'Edit curriculum' })
    await editor.getByRole('button', { name: 'Actions for Communication', exact: true }).click()
    await editor.getByRole('menuitem', { name: item, exact: true }).click()
    await editor.getByRole('button', { name: 'Done' }).click()
  }
  // Communication holds one of the two due cards.
  await setHidden('Hide')
  await page.getByRole('link', { name: 'Review' }).click()
  const today = page.getByRole('region', { name: 'Today' })
  await expect(today.getByRole('listitem').filter({ hasText: 'due' })).toHaveText('1 due')
  await page.getByRole('link', { name: 'Dashboard' }).click()
  await expect(reviewToday).toContainText('1 card due')
  expect((await onDisk(dataDir)).review.cards['faq-collaboration']).toEqual(state.review.cards['faq-collaboration'])

  await setHidden('Show')
  await page.getByRole('link', { name: 'Review' }).click()
  await expect(today.getByRole('listitem').filter({ hasText: 'due' })).toHaveText('2 due')
  await page.getByRole('link', { name: 'Dashboard' }).click()
  await expect(reviewToday).toContainText('2 cards due')
  expect(app.consoleErrors).toEqual([])
  await app.close()
})
