import { expect, test, type Page } from '@playwright/test'
import { launchApp, missingChromiumReason } from './harness'
import { SIZES, SCHEMES } from './looks'
import { describeViolations, seriousViolations } from './axe'

test.skip(!!missingChromiumReason(), missingChromiumReason() ?? '')

// The Skills workspace is built around the note: at 1024x640 the editor is at least 380 px tall and
// 440 px wide with the preview hidden (540 px tall at 1280x800), whatever else is open; the skill
// list's rows fit their pane; a skill opens at its top; focus mode shows the note alone.

const MIN_HEIGHT: Record<number, number> = { 1024: 380, 1280: 540 }

const noteBox = (page: Page) => page.getByRole('textbox', { name: 'Notes', exact: true })

/** The editor's box (the whole editing area, not just its text) in px. */
async function editorBox(page: Page): Promise<{ width: number; height: number }> {
  const box = await page.locator('.note-body-field').boundingBox()
  if (!box) throw new Error('the note editor is not on screen')
  return { width: box.width, height: box.height }
}

/** Two notes on Databases, so the note list shows beside the editor, and the second holds a card. */
async function twoNotes(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Skills' }).click()
  await page.getByRole('button', { name: 'Databases', exact: true }).click()
  await noteBox(page).click()
  await page.keyboard.insertText('# Indexes\n\nA B-tree keeps keys in order.')
  await page.getByRole('button', { name: 'New note' }).click()
  await page.getByRole('textbox', { name: 'Note title' }).fill('Transactions')
  await noteBox(page).click()
  await page.keyboard.insertText('What does ACID stand for? :: Atomicity, consistency, isolation, durability')
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible()
}

test('the note is the biggest thing on the Skills screen at both sizes, in light and dark, whatever is open beside it', async () => {
  test.setTimeout(180_000)
  const app = await launchApp()
  const { page } = app
  await twoNotes(page)
  await page.getByRole('radio', { name: 'Edit' }).check()
  for (const size of SIZES) {
    await page.setViewportSize(size)
    for (const scheme of SCHEMES) {
      await page.emulateMedia({ colorScheme: scheme })
      const where = `${size.width}x${size.height} ${scheme}`
      // The note list beside it, the skill list open.
      await expect(page.getByRole('list', { name: 'Notes on Databases' })).toBeVisible()
      let box = await editorBox(page)
      expect(box.height, `editor height, ${where}`).toBeGreaterThanOrEqual(MIN_HEIGHT[size.width]!)
      expect(box.width, `editor width, ${where}`).toBeGreaterThanOrEqual(440)
      // The cards under the note and the card form open: the note keeps its height (the pane scrolls to them).
      await page.getByText('Review cards in this note (1)').click()
      await expect(page.getByRole('list', { name: 'Cards in this note' })).toContainText('What does ACID stand for?')
      await page.getByText('Write a review card from this note').click()
      await expect(page.getByRole('textbox', { name: 'Question' })).toHaveValue('')
      box = await editorBox(page)
      expect(box.height, `editor height with the cards open, ${where}`).toBeGreaterThanOrEqual(MIN_HEIGHT[size.width]!)
      await page.getByText('Review cards in this note (1)').click()
      await page.getByText('Write a review card from this note').click()
      await page.screenshot({ path: test.info().outputPath(`skills-${size.width}-${scheme}.png`) })
      expect(describeViolations(await seriousViolations(page)), `Skills, ${where}`).toEqual([])
    }
  }
  expect(app.consoleErrors).toEqual([])
  await app.close()
})

test('the skill list fits its narrowest pane: nothing cut, no sideways scroll, and a click does not shift it', async () => {
  const app = await launchApp()
  const { page } = app
  await page.setViewportSize({ width: 1024, height: 640 })
  await page.getByRole('link', { name: 'Skills' }).click()
  const list = page.locator('.skills-sidebar')
  await expect(page.getByRole('combobox', { name: 'Status of Databases' })).toBeVisible()
  const measure = () =>
    list.evaluate((element) => {
      const pane = element.getBoundingClientRect()
      const cut = [...element.querySelectorAll('button, select, .skill-meta, .group-count, .progress')]
        .map((e) => e.getBoundingClientRect())
        .filter((r) => r.width > 0 && (r.left < pane.left - 0.5 || r.right > pane.right + 0.5)).length
      return { cut, sideways: element.scrollWidth - element.clientWidth, scrollLeft: element.scrollLeft }
    })
  expect(await measure()).toEqual({ cut: 0, sideways: 0, scrollLeft: 0 })
  await page.getByRole('button', { name: 'Communication', exact: true }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Communication' })).toBeVisible()
  expect(await measure()).toEqual({ cut: 0, sideways: 0, scrollLeft: 0 })
  await app.close()
})

test('a skill opens at its top, and focus mode shows the note alone, by button and by key', async () => {
  const app = await launchApp()
  const { page } = app
  await page.setViewportSize({ width: 1024, height: 640 })
  await page.getByRole('link', { name: 'Skills' }).click()
  await page.getByRole('button', { name: 'Databases', exact: true }).click()
  await page.getByRole('tab', { name: 'Sub-topics and progress' }).click()
  const scroller = page.locator('.skill-tab-progress > .pane-scroll')
  await scroller.evaluate((element) => element.scrollTo(0, element.scrollHeight))
  expect(await scroller.evaluate((element) => element.scrollTop)).toBeGreaterThan(0)
  await page.getByRole('button', { name: 'APIs', exact: true }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'APIs' })).toBeVisible()
  expect(await scroller.evaluate((element) => element.scrollTop)).toBe(0)

  await page.getByRole('tab', { name: /^Notes/ }).click()
  await page.getByRole('button', { name: 'Focus mode' }).click()
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden()
  await expect(page.locator('.skills-sidebar')).toBeHidden()
  await expect(noteBox(page)).toBeFocused()
  const focused = await editorBox(page)
  expect(focused.height).toBeGreaterThanOrEqual(480)
  await page.screenshot({ path: test.info().outputPath('focus-mode-1024.png') })
  await page.keyboard.press('Escape')
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()
  await noteBox(page).click()
  await page.keyboard.press('Control+Shift+F')
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden()
  await page.getByRole('button', { name: /Leave focus mode/ }).click()
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()
  await app.close()
})

test('the navigation folds to icons, keeps its names for screen readers, and remembers the choice after a restart', async () => {
  const first = await launchApp()
  await first.page.setViewportSize({ width: 1280, height: 800 })
  const nav = first.page.getByRole('navigation', { name: 'Main' })
  const width = async (page: Page) => (await page.getByRole('navigation', { name: 'Main' }).boundingBox())?.width ?? 0
  expect(await width(first.page)).toBeGreaterThan(150)
  await nav.getByRole('button', { name: 'Navigation names' }).click()
  await expect.poll(() => width(first.page)).toBeLessThan(70)
  // Icons only, and every link still has its name.
  await nav.getByRole('link', { name: 'Study log' }).click()
  await expect(first.page.getByRole('heading', { level: 1, name: 'Study log' })).toBeVisible()
  await first.close()
  const second = await launchApp({ dataDir: first.dataDir })
  await second.page.setViewportSize({ width: 1280, height: 800 })
  await expect.poll(() => width(second.page)).toBeLessThan(70)
  await second.close()
})
