import { expect, test, type Page } from '@playwright/test'
import { launchApp, missingChromiumReason } from './harness'
import { noteText } from './note-text'

test.skip(!!missingChromiumReason(), missingChromiumReason() ?? '')

// The note editor (CodeMirror 6) as a learner types in it: Markdown styled as typed, card lines
// marked, `[[` suggestions at the caret and above the panes, the usual keys, search in the note,
// undo per note, spellcheck and screen-reader names; its text autosaves as before.

const noteBox = (page: Page) => page.getByRole('textbox', { name: 'Notes', exact: true })

async function openDatabases(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Skills' }).click()
  await page.getByRole('button', { name: 'Databases', exact: true }).click()
  await noteBox(page).click()
}

test('[[ suggests skills and notes at the caret, above the panes; arrows, Enter and Escape work; the link is saved', async () => {
  const app = await launchApp()
  const { page } = app
  await page.setViewportSize({ width: 1024, height: 640 })
  await openDatabases(page)
  const box = noteBox(page)
  await expect(box).toHaveAttribute('aria-multiline', 'true')
  await expect(box).toHaveAttribute('spellcheck', 'true')
  await page.keyboard.type('See [[da')
  const listbox = page.getByRole('listbox')
  await expect(listbox).toBeVisible()
  const options = listbox.getByRole('option')
  await expect(options.first()).toContainText('Data structures and algorithms')
  // At the caret: the list's top-left is just below the caret, and it is drawn in the page's body, above every pane.
  const caret = await page.evaluate(() => {
    const range = document.getSelection()?.getRangeAt(0)
    const r = range?.getBoundingClientRect()
    return r ? { x: r.left, y: r.bottom } : null
  })
  const list = await listbox.boundingBox()
  expect(caret && list).toBeTruthy()
  expect(Math.abs(list!.y - caret!.y)).toBeLessThan(30)
  expect(Math.abs(list!.x - caret!.x)).toBeLessThan(120)
  expect(await listbox.evaluate((element) => element.closest('.note-body-field') === null)).toBe(true)
  // The text box points at the chosen option, for screen readers.
  const active = await box.getAttribute('aria-activedescendant')
  expect(active).toBeTruthy()
  await page.keyboard.press('ArrowDown')
  expect(await box.getAttribute('aria-activedescendant')).not.toBe(active)
  await page.keyboard.press('ArrowUp')
  await page.keyboard.press('Enter')
  await expect(listbox).toBeHidden()
  expect(await noteText(page)).toBe('See [[Data structures and algorithms]]')
  await page.keyboard.type(' and [[web')
  await expect(listbox).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(listbox).toBeHidden()
  await page.keyboard.type(' s')
  await expect(listbox).toBeHidden()
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible()
  expect(await noteText(page)).toBe('See [[Data structures and algorithms]] and [[web s')
  await app.close()
})

test('card lines are marked, fenced code is coloured, the keys format, search finds in the note, and undo belongs to each note', async () => {
  const app = await launchApp()
  const { page } = app
  await page.setViewportSize({ width: 1280, height: 800 })
  await openDatabases(page)
  await page.getByRole('textbox', { name: 'Note title' }).fill('Indexes')
  await noteBox(page).click()
  await page.keyboard.insertText(
    '# Indexes\n\nWhat is a covering index? :: One that holds every column a query reads.\n\n```sql\nSELECT id FROM users;\n```\n\n`a :: b` is code, not a card.\n',
  )
  await expect(page.locator('.cm-card-line')).toHaveCount(1)
  await expect(page.locator('.cm-card-line')).toContainText('covering index')
  await expect(page.locator('.cm-md-h1', { hasText: 'Indexes' })).toBeVisible()
  // The SQL keyword in the editor is coloured by the preview's highlighter, with the same class.
  await expect(page.locator('.note-body-field .hljs-keyword').first()).toHaveText('SELECT')

  // Bold, italic, code and link around a selection.
  await page.keyboard.type('\nterm')
  await page.keyboard.press('Shift+Home')
  await page.keyboard.press('Control+b')
  await page.keyboard.press('End')
  await page.keyboard.type('\nsoft')
  await page.keyboard.press('Shift+Home')
  await page.keyboard.press('Control+i')
  await page.keyboard.press('End')
  await page.keyboard.type('\nfn')
  await page.keyboard.press('Shift+Home')
  await page.keyboard.press('Control+e')
  await page.keyboard.press('End')
  await page.keyboard.type('\ndocs')
  await page.keyboard.press('Shift+Home')
  await page.keyboard.press('Control+Shift+K')
  await page.keyboard.type('https://www.postgresql.org/docs/')
  const text = await noteText(page)
  expect(text).toContain('**term**')
  expect(text).toContain('_soft_')
  expect(text).toContain('`fn`')
  expect(text).toContain('[docs](https://www.postgresql.org/docs/)')
  // The palette's key still opens the palette from the note.
  await page.keyboard.press('Control+k')
  await expect(page.getByRole('dialog', { name: /command/i })).toBeVisible()
  await page.keyboard.press('Escape')

  // Search in the note (Ctrl+F in the note is the note's search, not the skills search).
  await noteBox(page).click()
  await page.keyboard.press('Control+f')
  const find = page.getByRole('textbox', { name: 'Find' })
  await expect(find).toBeFocused()
  await find.fill('covering')
  await page.keyboard.press('Enter')
  await expect(page.locator('.cm-searchMatch')).toHaveCount(1)
  await page.keyboard.press('Escape')

  // Undo is per note: a second note's undo does not reach into the first, and the first keeps its own.
  await page.getByRole('button', { name: 'New note' }).click()
  await noteBox(page).click()
  await page.keyboard.type('second note')
  await page.keyboard.press('Control+z')
  expect(await noteText(page)).not.toContain('second note')
  await page
    .getByRole('list', { name: 'Notes on Databases' })
    .getByRole('button', { name: /Indexes/ })
    .click()
  await noteBox(page).click()
  await page.keyboard.press('Control+End')
  await page.keyboard.type(' extra')
  expect(await noteText(page)).toContain('extra')
  await page.keyboard.press('Control+z')
  expect(await noteText(page)).not.toContain('extra')
  expect(await noteText(page)).toContain('**term**')
  expect(app.consoleErrors).toEqual([])
  await app.close()
})
