import { expect, test, type Page } from '@playwright/test'
import { mkdir, mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { launchApp, missingChromiumReason, type LaunchedApp } from './harness'
import { describeViolations, seriousViolations } from './axe'
import { SCHEMES, SIZES } from './looks'
import { noteText } from './note-text'

test.skip(!!missingChromiumReason(), missingChromiumReason() ?? '')

// Two computers are two app instances with data folders of their own, syncing through one folder
// (what Syncthing or Dropbox would keep in step). Set up, join, edits made apart, then met.

// Where the Sync section's pictures go: test-results, or the folder SYNC_SHOTS names.
const SHOTS = process.env.SYNC_SHOTS ?? 'test-results'

const noteBox = (page: Page) => page.getByRole('textbox', { name: 'Notes', exact: true })
const syncSection = (page: Page) => page.getByRole('region', { name: 'Sync' })

async function showData(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Data' }).click()
  await expect(syncSection(page)).toBeVisible()
}

async function openDatabases(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Skills' }).click()
  await page.getByRole('button', { name: 'Databases', exact: true }).click()
  await expect(noteBox(page)).toBeVisible()
}

/** Sets up sync in the Data view as the learner would: the folder dialog, a name, start (or join). */
async function setUp(app: LaunchedApp, folder: string, name: string, button: string): Promise<void> {
  const { page } = app
  await showData(page)
  app.answerNextFolderDialog(folder)
  await syncSection(page).getByRole('button', { name: 'Set up sync…' }).click()
  await syncSection(page).getByRole('textbox', { name: 'Name of this computer' }).fill(name)
  await syncSection(page).getByRole('button', { name: button }).click()
  await expect(syncSection(page).getByText(`${name} (this computer)`)).toBeVisible()
}

async function expectNoAxeViolations(page: Page, what: string): Promise<void> {
  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme })
    expect(describeViolations(await seriousViolations(page)), `${what}, ${colorScheme}`).toEqual([])
  }
  await page.emulateMedia({ colorScheme: null })
}

/** The Sync section in sight, at both window sizes and in both schemes. */
async function shoot(page: Page, name: string): Promise<void> {
  await mkdir(SHOTS, { recursive: true })
  for (const size of SIZES) {
    await page.setViewportSize(size)
    for (const colorScheme of SCHEMES) {
      await page.emulateMedia({ colorScheme })
      await syncSection(page).evaluate((section) => section.scrollIntoView({ block: 'start' }))
      await page.screenshot({ path: join(SHOTS, `sync-${name}-${size.width}-${colorScheme}.png`) })
    }
  }
  await page.emulateMedia({ colorScheme: null })
}

test('two computers: set up on one, join on the other; a note edited on both while paused keeps both edits', async () => {
  test.setTimeout(120_000)
  const folder = await mkdtemp(join(tmpdir(), 'groundwork-sync-e2e-'))
  const laptop = await launchApp()
  const desktop = await launchApp()
  try {
    await openDatabases(laptop.page)
    await noteBox(laptop.page).click()
    await laptop.page.keyboard.type('First paragraph.\n\nSecond paragraph.')
    await expect(laptop.page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible()

    await setUp(laptop, folder, 'Laptop', 'Start syncing')
    await showData(desktop.page)
    desktop.answerNextFolderDialog(folder)
    await syncSection(desktop.page).getByRole('button', { name: 'Set up sync…' }).click()
    await expect(
      syncSection(desktop.page).getByText(
        'This folder holds a library of Laptop: this computer will join it and its data will be merged, after a backup.',
      ),
    ).toBeVisible()
    await syncSection(desktop.page).getByRole('textbox', { name: 'Name of this computer' }).fill('Desktop')
    await syncSection(desktop.page).getByRole('button', { name: 'Join and merge' }).click()
    const merge = syncSection(desktop.page).getByRole('region', { name: 'Last merge' })
    await expect(merge).toContainText('From Laptop: 1 note')
    await expect(syncSection(desktop.page).getByText('Laptop (wrote just now)')).toBeVisible()
    await expectNoAxeViolations(desktop.page, 'the Sync section with a merge summary')
    // The navigation says sync is on, and takes the learner to it.
    await expect(desktop.page.getByRole('button', { name: /^Sync: up to date/ })).toBeVisible()

    // Apart: both pause, and each edits a different paragraph of the same note.
    for (const app of [laptop, desktop]) {
      await showData(app.page)
      await syncSection(app.page).getByRole('button', { name: 'Pause sync' }).click()
      await expect(app.page.getByRole('button', { name: 'Sync paused' })).toBeVisible()
    }
    await openDatabases(desktop.page)
    await expect.poll(() => noteText(desktop.page)).toBe('First paragraph.\n\nSecond paragraph.')
    await openDatabases(laptop.page)
    await noteBox(laptop.page).click()
    await laptop.page.keyboard.press('Control+Home')
    await laptop.page.keyboard.press('End')
    await laptop.page.keyboard.type(' LAPTOPWORD')
    await noteBox(desktop.page).click()
    await desktop.page.keyboard.press('Control+End')
    await desktop.page.keyboard.type(' DESKTOPWORD')
    for (const app of [laptop, desktop])
      await expect(app.page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible()

    // Together again: resume from the navigation's indicator, and sync now on each.
    for (const app of [laptop, desktop]) {
      await app.page.getByRole('button', { name: 'Sync paused' }).click()
      await syncSection(app.page).getByRole('button', { name: 'Resume sync' }).click()
      await expect(syncSection(app.page).getByRole('button', { name: 'Pause sync' })).toBeVisible()
    }
    for (const app of [laptop, desktop, laptop]) {
      await syncSection(app.page).getByRole('button', { name: 'Sync now' }).click()
      await expect(syncSection(app.page).getByRole('button', { name: 'Sync now' })).toBeEnabled()
    }
    const merged = 'First paragraph. LAPTOPWORD\n\nSecond paragraph. DESKTOPWORD'
    for (const app of [laptop, desktop]) {
      await openDatabases(app.page)
      await expect.poll(() => noteText(app.page)).toBe(merged)
    }
    expect(laptop.consoleErrors).toEqual([])
    expect(desktop.consoleErrors).toEqual([])
  } finally {
    await laptop.close()
    await desktop.close()
  }
})

test('the Sync section off, on with what merged, and with a held batch, in light and dark, at both sizes', async () => {
  test.setTimeout(120_000)
  const folder = await mkdtemp(join(tmpdir(), 'groundwork-sync-e2e-'))
  const laptop = await launchApp()
  const desktop = await launchApp()
  try {
    await showData(laptop.page)
    await shoot(laptop.page, 'off')

    // Four notes on the laptop, which starts the library; the desktop joins.
    const ids: string[] = []
    for (const title of ['Indexes', 'Joins', 'Transactions', 'Normal forms']) {
      const made = (await laptop.core.dispatch('notes:create', { skillId: 'databases', title, body: title })) as {
        ok: true
        value: { id: string }
      }
      ids.push(made.value.id)
    }
    await setUp(laptop, folder, 'Laptop', 'Start syncing')
    await showData(desktop.page)
    desktop.answerNextFolderDialog(folder)
    await syncSection(desktop.page).getByRole('button', { name: 'Set up sync…' }).click()
    const name = syncSection(desktop.page).getByRole('textbox', { name: 'Name of this computer' })
    await expect(name).toBeFocused()
    await syncSection(desktop.page).getByRole('button', { name: 'Join and merge' }).click()
    await expect(syncSection(desktop.page).getByRole('alert')).toHaveText('Give this computer a name.')
    await expectNoAxeViolations(desktop.page, 'the Sync section joining a library')
    await shoot(desktop.page, 'join-form')
    await name.fill('Desktop at home')
    await syncSection(desktop.page).getByRole('button', { name: 'Join and merge' }).click()
    await expect(syncSection(desktop.page).getByText('Desktop at home (this computer)')).toBeVisible()

    // One status set differently on both while apart: the computer whose value gave way lists it.
    for (const app of [laptop, desktop]) await syncSection(app.page).getByRole('button', { name: 'Pause sync' }).click()
    await laptop.core.dispatch('skills:setStatus', { skillId: 'apis', status: 'learning' })
    await desktop.core.dispatch('skills:setStatus', { skillId: 'apis', status: 'done' })
    for (const app of [laptop, desktop])
      await syncSection(app.page).getByRole('button', { name: 'Resume sync' }).click()
    for (const app of [laptop, desktop, laptop])
      await syncSection(app.page).getByRole('button', { name: 'Sync now' }).click()
    const withConflict = laptop.core.sync.status().lastMerge?.conflicts.length ? laptop : desktop
    const conflicts = syncSection(withConflict.page).getByRole('region', { name: 'Last merge' })
    await expect(conflicts.getByRole('button', { name: /^Use this instead: .* for APIs: status$/ })).toBeVisible()
    await expectNoAxeViolations(withConflict.page, 'the Sync section with a conflict')
    await shoot(withConflict.page, 'on-merged')

    // The desktop deletes three of the four notes: the laptop holds that batch until asked.
    for (const id of ids.slice(0, 3)) await desktop.core.dispatch('notes:delete', { id })
    await syncSection(desktop.page).getByRole('button', { name: 'Sync now' }).click()
    await syncSection(laptop.page).getByRole('button', { name: 'Sync now' }).click()
    const held = syncSection(laptop.page).getByRole('alert', { name: 'Changes waiting for you' })
    await expect(held).toContainText('Desktop at home’s changes would remove 3 of your 4 notes.')
    await expect(laptop.page.getByRole('button', { name: 'Sync waiting for your choice' })).toBeVisible()
    await expectNoAxeViolations(laptop.page, 'the Sync section with a held batch')
    await shoot(laptop.page, 'held')
    await held.getByRole('button', { name: 'Keep mine' }).click()
    await expect(held).toBeHidden()
    expect(ids.every((id) => laptop.core.store.state.notes[id])).toBe(true)
  } finally {
    await laptop.close()
    await desktop.close()
  }
})
