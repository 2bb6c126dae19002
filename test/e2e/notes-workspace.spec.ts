import { expect, test, type Locator, type Page } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { launchApp, missingChromiumReason } from './harness'
import { expectNoteText } from './note-text'
import type { DeviceState } from '../../src/shared/model'
import { dataDirWith, manyNotes, stateWithNotes } from '../support/many-notes'

test.skip(!!missingChromiumReason(), missingChromiumReason() ?? '')

const SIZES = [
  { width: 1024, height: 640 },
  { width: 1280, height: 800 },
]

/** Goes to Skills and opens Databases, whose notes pane then shows its list and editor. */
async function openDatabases(page: Page): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: 'Skills' }).click()
  await page.getByRole('button', { name: 'Databases', exact: true }).click()
  await expect(page.getByRole('textbox', { name: 'Note title' })).toBeEnabled()
}

/** The element lies whole inside the window, and inside the box that scrolls it. */
async function expectInView(locator: Locator, what: string): Promise<void> {
  const inside = await locator.evaluate((el) => {
    const box = el.getBoundingClientRect()
    let clip: DOMRect = new DOMRect(0, 0, window.innerWidth, window.innerHeight)
    for (let up = el.parentElement; up; up = up.parentElement) {
      if (getComputedStyle(up).overflowY === 'visible') continue
      const r = up.getBoundingClientRect()
      clip = new DOMRect(
        Math.max(clip.left, r.left),
        Math.max(clip.top, r.top),
        0,
        0 + Math.min(clip.bottom, r.bottom) - Math.max(clip.top, r.top),
      )
    }
    return (
      box.height > 0 &&
      box.top >= clip.top - 0.5 &&
      box.bottom <= clip.bottom + 0.5 &&
      box.bottom <= window.innerHeight + 0.5
    )
  })
  expect(inside, what).toBe(true)
}

/** The workspace settings as the data file holds them. */
async function workspaceOnDisk(dataDir: string): Promise<DeviceState['workspace']> {
  return (JSON.parse(await readFile(join(dataDir, 'groundwork-data.json'), 'utf8')) as { device: DeviceState }).device
    .workspace
}

const list = (page: Page): Locator => page.getByRole('list', { name: 'Notes on Databases' })
/** The titles of the rows at the top of the list (only the rows in sight are in the page). */
async function listedTitles(page: Page): Promise<string[]> {
  await list(page).evaluate((el) => el.parentElement?.scrollTo(0, 0))
  await expect(list(page).locator('[aria-posinset="1"]')).toBeAttached()
  return list(page).locator('.note-list-title').allTextContents()
}

for (const size of SIZES) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`with 121 notes at ${size.width}x${size.height} (${colorScheme}) the editor shows at once, and a chosen or new note comes into view with focus`, async () => {
      const app = await launchApp({ dataDir: await dataDirWith(stateWithNotes(manyNotes(121))) })
      const { page } = app
      await page.setViewportSize(size)
      await page.emulateMedia({ colorScheme })
      await openDatabases(page)
      const body = page.getByRole('textbox', { name: 'Notes', exact: true })
      await expectNoteText(page, /What I learnt about joins 1\./)
      await expectInView(body, 'the editor, with no scrolling')
      await expectInView(page.getByRole('navigation', { name: 'Main' }), 'the navigation')
      // Only the rows in sight are in the page.
      expect(await list(page).getByRole('button').count()).toBeLessThan(40)

      // Far down the list: keys move through it, and the chosen row stays in view with focus.
      await list(page).getByRole('button').first().click()
      await page.keyboard.press('End')
      const last = list(page).getByRole('button', { name: /Indexes 121/ })
      await expect(last).toBeFocused()
      await expect(last).toHaveAttribute('aria-current', 'true')
      await expectInView(last, 'the last note, chosen with End')
      await expect(page.getByRole('textbox', { name: 'Note title' })).toHaveValue('Indexes 121')
      await page.keyboard.press('ArrowUp')
      await expect(list(page).getByRole('button', { name: /Deadlocks 120/ })).toBeFocused()

      // A new note goes to the top of "Newest first", comes into view and takes the cursor in its title.
      await page.getByRole('button', { name: 'New note' }).click()
      const created = list(page).getByRole('button', { name: /Untitled note/ })
      await expect(created).toHaveAttribute('aria-current', 'true')
      await expectInView(created, 'the new note')
      await expect(page.getByRole('textbox', { name: 'Note title' })).toBeFocused()
      await expectInView(page.getByRole('textbox', { name: 'Notes', exact: true }), 'the new note’s editor')
      expect(app.consoleErrors).toEqual([])
      await app.close()
    })
  }
}

test('sort and filter reorder and narrow a long note list, and the order is kept after a restart', async () => {
  const first = await launchApp({ dataDir: await dataDirWith(stateWithNotes(manyNotes(121))) })
  const { page, dataDir } = first
  await openDatabases(page)
  expect((await listedTitles(page)).slice(0, 3)).toEqual(['Joins 1', 'Transactions 2', 'Isolation levels 3'])
  await page.getByRole('combobox', { name: 'Sort notes' }).selectOption({ label: 'Title A–Z' })
  expect((await listedTitles(page)).slice(0, 3)).toEqual(['Backups 8', 'Backups 19', 'Backups 30'])
  await page.getByRole('combobox', { name: 'Sort notes' }).selectOption({ label: 'Last edited' })
  // Every seventh note was edited last, the seventh most recently of all.
  expect((await listedTitles(page)).slice(0, 3)).toEqual(['Migrations 7', 'Isolation levels 14', 'Deadlocks 21'])
  await page.getByRole('searchbox', { name: 'Filter notes by title' }).fill('deadlocks 1')
  await expect(page.getByRole('status').filter({ hasText: 'of 121 notes' })).toHaveText('4 of 121 notes')
  // Every word in the title, anywhere in it, in the chosen order.
  expect(await listedTitles(page)).toEqual(['Deadlocks 21', 'Deadlocks 10', 'Deadlocks 109', 'Deadlocks 120'])
  await expect.poll(async () => (await workspaceOnDisk(dataDir)).noteSort).toBe('edited')
  await first.close()

  const second = await launchApp({ dataDir })
  await openDatabases(second.page)
  await expect(second.page.getByRole('combobox', { name: 'Sort notes' })).toHaveValue('edited')
  expect((await listedTitles(second.page))[0]).toBe('Migrations 7')
  await second.close()
})

test('the preview sits beside the editor at 1280 wide and takes turns with it at 1024', async () => {
  const app = await launchApp({ dataDir: await dataDirWith(stateWithNotes(manyNotes(3))) })
  const { page } = app
  await page.setViewportSize(SIZES[1]!)
  await openDatabases(page)
  const split = page.getByRole('radio', { name: 'Split' })
  await expect(split).toBeChecked()
  const body = page.getByRole('textbox', { name: 'Notes', exact: true })
  const preview = page.getByRole('region', { name: 'Preview' })
  await expect(preview.getByRole('heading', { name: 'Joins 1' })).toBeVisible()
  const [text, shown] = [await body.boundingBox(), await preview.boundingBox()]
  expect(shown!.x).toBeGreaterThan(text!.x + text!.width - 1)
  expect(Math.abs(shown!.y - text!.y)).toBeLessThan(2)
  // The preview follows the editor's scroll.
  await body.click()
  await page.keyboard.press('Control+A')
  await page.keyboard.insertText(Array.from({ length: 120 }, (_, n) => `Line ${n + 1}\n`).join('\n'))
  await expect(preview.getByText('Line 120')).toBeAttached()
  // The editor's own scroller (CodeMirror's) scrolls; the preview follows.
  await page.locator('.note-body-field .cm-scroller').evaluate((el) => {
    el.scrollTop = el.scrollHeight
    el.dispatchEvent(new Event('scroll'))
  })
  await expect
    .poll(() =>
      preview.locator('.note-preview-scroll').evaluate((el) => el.scrollTop / (el.scrollHeight - el.clientHeight)),
    )
    .toBeGreaterThan(0.95)

  await page.setViewportSize(SIZES[0]!)
  await expect(split).toBeDisabled()
  await expect(preview).toHaveCount(0)
  await expect(body).toBeVisible()
  await page.getByRole('radio', { name: 'Preview' }).check()
  await expect(body).toHaveCount(0)
  await expect(preview.getByText('Line 120')).toBeAttached()
  await page.getByRole('radio', { name: 'Edit' }).check()
  await expect(body).toBeVisible()
  await expect(preview).toHaveCount(0)
  expect(app.consoleErrors).toEqual([])
  await app.close()
})

test('pane sizes set by dragging and with the keyboard, and a hidden skill list, are kept after a restart', async () => {
  const first = await launchApp({ dataDir: await dataDirWith(stateWithNotes(manyNotes(30))) })
  const { page, dataDir } = first
  await page.setViewportSize(SIZES[1]!)
  await openDatabases(page)
  // Dragged with the pointer: the skill list narrows (the library's drag cursor must pass the CSP too).
  const skillList = page.getByRole('search').locator('..')
  const listLine = page.getByRole('separator', { name: 'Resize the skill list' })
  const wide = (await skillList.boundingBox())!.width
  const grip = (await listLine.boundingBox())!
  await page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2)
  await page.mouse.down()
  await page.mouse.move(grip.x + grip.width / 2 + 40, grip.y + grip.height / 2, { steps: 5 })
  await page.mouse.up()
  await expect.poll(async () => (await skillList.boundingBox())!.width).toBeGreaterThan(wide + 30)
  // With the keyboard: the note list beside the note widens.
  const noteListLine = page.getByRole('separator', { name: 'Resize the note list' })
  const noteList = list(page)
  const listBefore = (await noteList.locator('..').boundingBox())!.width
  await noteListLine.focus()
  for (let n = 0; n < 3; n++) await page.keyboard.press('ArrowRight')
  await expect.poll(async () => (await noteList.locator('..').boundingBox())!.width).toBeGreaterThan(listBefore + 20)
  const sizes = {
    skills: (await skillList.boundingBox())!.width,
    list: (await noteList.locator('..').boundingBox())!.width,
  }
  await expect.poll(async () => (await workspaceOnDisk(dataDir)).panes.notes).toBeDefined()
  expect(first.consoleErrors).toEqual([])
  await first.close()

  const second = await launchApp({ dataDir })
  const again = second.page
  await again.setViewportSize(SIZES[1]!)
  await openDatabases(again)
  expect(Math.abs((await again.getByRole('search').locator('..').boundingBox())!.width - sizes.skills)).toBeLessThan(2)
  expect(Math.abs((await list(again).locator('..').boundingBox())!.width - sizes.list)).toBeLessThan(2)

  // Hiding the skill list gives its room to the others, and it stays hidden after a restart.
  const toggle = again.getByRole('button', { name: 'Skill list' })
  await expect(toggle).toHaveAttribute('aria-expanded', 'true')
  await toggle.click()
  await expect(toggle).toHaveAttribute('aria-expanded', 'false')
  await expect(again.getByRole('button', { name: 'Databases', exact: true })).toBeHidden()
  await expect.poll(async () => (await workspaceOnDisk(dataDir)).panes.skills?.['skill-list']).toBe(0)
  await second.close()

  const third = await launchApp({ dataDir })
  await third.page.getByRole('navigation').getByRole('link', { name: 'Skills' }).click()
  await expect(third.page.getByRole('button', { name: 'Skill list' })).toHaveAttribute('aria-expanded', 'false')
  await third.page.getByRole('button', { name: 'Skill list' }).click()
  await expect(third.page.getByRole('button', { name: 'Databases', exact: true })).toBeVisible()
  // From the keyboard: Enter on the line folds the list and opens it again; Home takes it to its minimum.
  const line = third.page.getByRole('separator', { name: 'Resize the skill list' })
  await line.focus()
  await third.page.keyboard.press('Enter')
  await expect(third.page.getByRole('button', { name: 'Skill list' })).toHaveAttribute('aria-expanded', 'false')
  await expect(line).toHaveAttribute('aria-valuenow', '0')
  await third.page.keyboard.press('Enter')
  await expect(third.page.getByRole('button', { name: 'Skill list' })).toHaveAttribute('aria-expanded', 'true')
  await third.page.keyboard.press('Home')
  await expect
    .poll(async () => Math.round((await third.page.getByRole('search').locator('..').boundingBox())!.width))
    .toBe(210)
  await third.close()
})
