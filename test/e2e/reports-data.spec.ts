import { expect, test, type Locator, type Page } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { launchApp, missingChromiumReason, type LaunchedApp } from './harness'
import { SCHEMES, SIZES } from './looks'
import { manyNotesState } from '../support/report-fixture'
import { seededDataDir } from '../support/study-loop-fixture'
import { testDay } from '../support/test-clock'

test.skip(!!missingChromiumReason(), missingChromiumReason() ?? '')

/** A learner with 300 notes, on disk before the app starts. */
async function launchWithNotes(): Promise<LaunchedApp> {
  return launchApp({ dataDir: await seededDataDir(manyNotesState(300)) })
}

async function show(page: Page, view: string): Promise<void> {
  const link = page.getByRole('navigation').getByRole('link', { name: view, exact: true })
  await link.click()
  await expect(link).toHaveAttribute('aria-current', 'page')
}

/** Runs `check` on `view` at each size in each scheme, the view shown afresh from the Dashboard each time. */
async function inEachLook(
  page: Page,
  view: string,
  check: (where: string, size: (typeof SIZES)[number]) => Promise<void>,
): Promise<void> {
  for (const size of SIZES) {
    for (const colorScheme of SCHEMES) {
      await page.setViewportSize(size)
      await page.emulateMedia({ colorScheme })
      await show(page, 'Dashboard')
      await show(page, view)
      await check(`${size.width}x${size.height}, ${colorScheme}`, size)
    }
  }
}

/** Whole inside the window as it first shows, with the main area not scrolled. */
async function expectInFirstScreen(page: Page, control: Locator, where: string): Promise<void> {
  const size = page.viewportSize()
  const box = await control.boundingBox()
  expect(box, where).not.toBeNull()
  if (!box || !size) return
  expect(await page.getByRole('main').evaluate((main) => main.scrollTop), where).toBe(0)
  expect(box.y, where).toBeGreaterThanOrEqual(0)
  expect(box.x, where).toBeGreaterThanOrEqual(0)
  expect(box.y + box.height, where).toBeLessThanOrEqual(size.height)
  expect(box.x + box.width, where).toBeLessThanOrEqual(size.width)
}

/** Nothing runs past the main area's right edge. */
async function expectNothingCutOff(page: Page, where: string): Promise<void> {
  const overflow = await page.getByRole('main').evaluate((main) => main.scrollWidth - main.clientWidth)
  expect(overflow, where).toBe(0)
}

test('Reports with 300 notes: the export buttons are in the first screen, the preview is clipped until "Show all"', async () => {
  test.setTimeout(120_000)
  const app = await launchWithNotes()
  const { page } = app
  await inEachLook(page, 'Reports', async (where, size) => {
    for (const label of ['Markdown', 'HTML', 'PDF', 'CSV'])
      await expectInFirstScreen(
        page,
        page.getByRole('button', { name: `Export ${label}` }),
        `Export ${label} at ${where}`,
      )

    const preview = page.getByRole('article', { name: 'Report preview' })
    await expect(preview.getByRole('region', { name: 'Notes' })).toBeVisible()
    const toggle = page.getByRole('button', { name: 'Show all' })
    await expect(toggle, where).toHaveAttribute('aria-expanded', 'false')
    const clipped = await preview.evaluate((el) => ({ height: el.clientHeight, full: el.scrollHeight }))
    // Clipped to about a screen, while the report itself is many screens long.
    expect(clipped.height, where).toBeLessThanOrEqual(size.height - 200)
    expect(clipped.full, where).toBeGreaterThan(clipped.height * 4)
    await expectNothingCutOff(page, `Reports at ${where}`)

    await toggle.click()
    const less = page.getByRole('button', { name: 'Show less' })
    await expect(less).toHaveAttribute('aria-expanded', 'true')
    const open = await preview.evaluate((el) => ({ height: el.clientHeight, full: el.scrollHeight }))
    expect(open.height, where).toBeGreaterThanOrEqual(open.full - 1)
    expect(open.height, where).toBeGreaterThan(clipped.height * 4)
    // The last note of the report is reachable on the page now.
    await preview.getByRole('region', { name: 'Notes' }).getByRole('heading').last().scrollIntoViewIfNeeded()
    await expect(preview.getByRole('region', { name: 'Notes' }).getByRole('heading').last()).toBeInViewport()
    await expectNothingCutOff(page, `Reports expanded at ${where}`)
    await less.click()
    await expect(page.getByRole('button', { name: 'Show all' })).toHaveAttribute('aria-expanded', 'false')
  })
  // A short report is not clipped and offers no toggle.
  await page.getByRole('radio', { name: 'Leave out' }).check()
  for (const part of [
    'Progress per category',
    'Each skill’s status',
    'Level readiness, goals and target dates',
    'Study activity',
    'Evidence links',
    'Frameworks marked learning or used',
  ])
    await page.getByRole('checkbox', { name: part }).uncheck()
  await expect(
    page.getByRole('article', { name: 'Report preview' }).getByRole('region', { name: 'Skills' }),
  ).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Show all' })).toHaveCount(0)
  await expect(page.getByRole('region', { name: 'Automatic backups' })).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Save full backup…' })).toHaveCount(0)
  await app.close()
})

test('the Data view at both sizes in both themes: where the file is, and the backup actions in the first screen', async () => {
  test.setTimeout(90_000)
  const app = await launchWithNotes()
  const { page, dataDir } = app
  await inEachLook(page, 'Data', async (where) => {
    await expect(page.getByRole('heading', { name: 'Data', level: 1 })).toBeVisible()
    const location = page.getByRole('region', { name: 'Where your data lives' })
    await expect(location.getByRole('definition').first()).toHaveText(join(dataDir, 'groundwork-data.json'))
    for (const name of ['Save full backup…', 'Import backup…'])
      await expectInFirstScreen(page, page.getByRole('button', { name }), `${name} at ${where}`)
    await expect(page.getByRole('button', { name: /^Restore backup from / }).first()).toBeVisible()
    await expectNothingCutOff(page, `Data at ${where}`)
  })
  await page
    .getByRole('region', { name: 'Where your data lives' })
    .getByRole('button', { name: 'Show the data file in its folder' })
    .click()
  await expect.poll(() => app.shownInFolder).toEqual([join(dataDir, 'groundwork-data.json')])
  await app.close()
})

test('backup and restore on the Data view: a full backup through a real file brings 300 notes and a status back', async () => {
  test.setTimeout(90_000)
  const app = await launchWithNotes()
  const { page, dataDir } = app
  await page.setViewportSize(SIZES[0])
  await show(page, 'Data')
  await page.getByRole('button', { name: 'Save full backup…' }).click()
  const file = join(dataDir, 'exports', `groundwork-backup-${testDay()}.json`)
  await expect(page.getByRole('status').filter({ hasText: 'Backup saved to' })).toContainText(file)
  const saved = JSON.parse(await readFile(file, 'utf8')) as {
    notes: Record<string, unknown>
    skills: Record<string, { status: string }>
  }
  expect(Object.keys(saved.notes)).toHaveLength(302)
  expect(saved.skills.databases?.status).toBe('learning')

  // A change, then the file brings the data back after showing what would change.
  await show(page, 'Skills')
  await page.getByRole('combobox', { name: 'Status of Databases' }).selectOption({ label: 'Done' })
  await show(page, 'Data')
  app.answerNextOpenDialog(file)
  await page.getByRole('button', { name: 'Import backup…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Import this backup?' })
  await expect(dialog.getByRole('row', { name: 'Notes 302 302' })).toBeVisible()
  const done = await dialog.getByRole('row', { name: /^Skills in progress/ }).innerText()
  await dialog.getByRole('button', { name: 'Import and replace my data' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('status').filter({ hasText: 'Your data was replaced' })).toContainText(
    `groundwork-backup-${testDay()}.json`,
  )
  await show(page, 'Skills')
  await expect(page.getByRole('combobox', { name: 'Status of Databases' })).toHaveValue('learning')

  // The import backed up the replaced data first: restoring that brings the change back.
  await show(page, 'Data')
  await page
    .getByRole('button', { name: /^Restore backup from/ })
    .first()
    .click()
  const restore = page.getByRole('dialog', { name: 'Restore this backup?' })
  await expect(restore.getByRole('row', { name: /^Skills in progress/ })).not.toHaveText(done)
  await restore.getByRole('button', { name: 'Restore and replace my data' }).click()
  await expect(restore).toBeHidden()
  await show(page, 'Skills')
  await expect(page.getByRole('combobox', { name: 'Status of Databases' })).toHaveValue('done')
  await app.close()

  // On disk after a restart too.
  const again = await launchApp({ dataDir })
  await again.page.getByRole('link', { name: 'Skills' }).click()
  await expect(again.page.getByRole('combobox', { name: 'Status of Databases' })).toHaveValue('done')
  await again.close()
})
