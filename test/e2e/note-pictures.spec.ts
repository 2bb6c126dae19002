import { mkdir, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test, type Locator, type Page } from '@playwright/test'
import { launchApp, missingChromiumReason } from './harness'
import { expectNoteText, noteBody, noteText } from './note-text'
import { SCHEMES, SIZES } from './looks'
import { describeViolations, seriousViolations } from './axe'
import { chartPng, storedName } from '../support/png'

test.skip(!!missingChromiumReason(), missingChromiumReason() ?? '')

// Pictures in a note as a learner adds them: pasted from the clipboard, dropped from the file
// manager, chosen in the open dialog. Each is stored once beside the data file, linked where it
// was put, shown in the preview (from its bytes, through a blob: URL), larger on request, and
// still there after a restart. Files that are too big or not pictures are refused and say why.

const SHOTS = '/tmp/pics-editor-shots'

async function openDatabases(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Skills' }).click()
  await page.getByRole('button', { name: 'Databases', exact: true }).click()
  await noteBody(page).click()
}

/** Pastes a file into the note editor as the clipboard would hand it over. */
async function pasteFile(page: Page, name: string, bytes: Uint8Array | number, type = 'image/png'): Promise<void> {
  await noteBody(page).evaluate(
    (box, { name, data, type }) => {
      const content = typeof data === 'number' ? new Uint8Array(data) : Uint8Array.from(data)
      const clipboard = new DataTransfer()
      clipboard.items.add(new File([content], name, { type }))
      box.dispatchEvent(new ClipboardEvent('paste', { clipboardData: clipboard, bubbles: true, cancelable: true }))
    },
    { name, data: typeof bytes === 'number' ? bytes : [...bytes], type },
  )
}

/** Drops a file on the note editor's last line, as a drag from the file manager would. */
async function dropFile(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  await noteBody(page).evaluate(
    (box, { name, data }) => {
      const lines = box.querySelectorAll('.cm-line')
      const line = lines[lines.length - 1]!.getBoundingClientRect()
      const files = new DataTransfer()
      files.items.add(new File([new Uint8Array(data)], name, { type: 'image/png' }))
      const at = { clientX: line.right - 4, clientY: line.top + line.height / 2, bubbles: true, cancelable: true }
      box.dispatchEvent(new DragEvent('dragover', { ...at, dataTransfer: files }))
      box.dispatchEvent(new DragEvent('drop', { ...at, dataTransfer: files }))
    },
    { name, data: [...bytes] },
  )
}

/** The preview's pictures. */
function previewPictures(page: Page): Locator {
  return page.getByRole('region', { name: 'Preview' }).locator('img.note-picture')
}

/** Waits until the preview shows `count` pictures, each decoded (a natural width above 0). */
async function expectPicturesShown(page: Page, count: number): Promise<void> {
  await expect(previewPictures(page)).toHaveCount(count)
  await expect
    .poll(() =>
      previewPictures(page).evaluateAll((images) => images.map((img) => (img as HTMLImageElement).naturalWidth)),
    )
    .toEqual(Array.from({ length: count }, () => 360))
  // Shown through blob: URLs made from the stored bytes, never a file or web address.
  for (const src of await previewPictures(page).evaluateAll((images) => images.map((img) => img.getAttribute('src'))))
    expect(src).toMatch(/^blob:/)
}

const plan = chartPng(1)
const indexScan = chartPng(2, [34, 139, 94])
const chosen = chartPng(3, [196, 92, 38])

test('a pasted, a dropped and a chosen picture are stored, linked where they were put, shown, and still there after a restart', async () => {
  const app = await launchApp()
  const { page, dataDir } = app
  await page.setViewportSize({ width: 1280, height: 800 })
  await openDatabases(page)
  await page.keyboard.insertText('Query plans\n\n')

  await pasteFile(page, 'query-plan.png', plan)
  const pasted = `Query plans\n\n![query plan](attachments/${storedName(plan)})`
  await expectNoteText(page, pasted)
  // One undoable step: undo takes the picture's link away whole, redo brings it back.
  await page.keyboard.press('Control+z')
  await expectNoteText(page, 'Query plans\n\n')
  await page.keyboard.press('Control+y')
  await expectNoteText(page, pasted)

  await page.keyboard.insertText('\nThe seq scan is the slow part.\n\n')
  await dropFile(page, 'index-scan.png', indexScan)
  const dropped = `${pasted}\nThe seq scan is the slow part.\n\n![index scan](attachments/${storedName(indexScan)})`
  await expectNoteText(page, dropped)

  const folder = join(dataDir, 'chosen')
  await mkdir(folder, { recursive: true })
  await writeFile(join(folder, 'after-index.png'), chosen)
  app.answerNextOpenDialog(join(folder, 'after-index.png'))
  await page.getByRole('button', { name: 'Insert picture' }).click()
  const all = `${dropped}\n![after index](attachments/${storedName(chosen)})`
  await expectNoteText(page, all)
  // The caret is back in the note, after the picture.
  await expect(noteBody(page)).toBeFocused()

  await expectPicturesShown(page, 3)
  expect((await readdir(join(dataDir, 'attachments'))).sort()).toEqual(
    [plan, indexScan, chosen].map((bytes) => storedName(bytes)).sort(),
  )
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible()
  expect(app.consoleErrors).toEqual([])
  await app.close()

  const again = await launchApp({ dataDir })
  await again.page.setViewportSize({ width: 1280, height: 800 })
  await openDatabases(again.page)
  await expectNoteText(again.page, all)
  await expectPicturesShown(again.page, 3)
  expect(again.consoleErrors).toEqual([])
  await again.close()
})

test('a picture over 20 MB and a .png that is text are refused with a message, the note unchanged', async () => {
  const app = await launchApp()
  const { page, dataDir } = app
  await page.setViewportSize({ width: 1024, height: 640 })
  await openDatabases(page)
  await page.keyboard.insertText('Before the pictures')
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible()

  await pasteFile(page, 'huge.png', 21 * 1024 * 1024)
  await expect(page.getByRole('alert')).toContainText(
    'This picture is 21 MB; a note takes pictures up to 20 MB. It was not added.',
  )
  expect(await noteText(page)).toBe('Before the pictures')
  await page.getByRole('alert').getByRole('button', { name: 'Dismiss' }).click()

  await pasteFile(page, 'notes.png', new TextEncoder().encode('just some text, not a picture'))
  await expect(page.getByRole('alert')).toContainText('This file is not a PNG, JPEG, GIF, WebP or SVG picture')
  expect(await noteText(page)).toBe('Before the pictures')
  await expect(page.locator('.cm-picture-pending')).toHaveCount(0)
  // Nothing was stored, and the saved note is as it was.
  await expect(readdir(join(dataDir, 'attachments'))).rejects.toThrow()
  const bodies = Object.values(app.core.store.state.notes).map((note) => note.body)
  expect(bodies).toEqual(['Before the pictures'])
  await page.getByRole('alert').getByRole('button', { name: 'Dismiss' }).click()

  // From the command palette, through the open dialog: a text file named .png is refused the same way.
  const folder = join(dataDir, 'chosen')
  await mkdir(folder, { recursive: true })
  await writeFile(join(folder, 'diagram.png'), 'not a picture either')
  await writeFile(join(folder, 'real-diagram.png'), chosen)
  const insertFromPalette = async (path: string): Promise<void> => {
    app.answerNextOpenDialog(path)
    await page.keyboard.press('Control+K')
    await page.getByRole('combobox', { name: 'Search commands' }).fill('Insert a picture')
    await page.getByRole('option', { name: 'Insert a picture into the note on Databases' }).click()
  }
  await insertFromPalette(join(folder, 'diagram.png'))
  await expect(page.getByRole('alert')).toContainText('This file is not a PNG, JPEG, GIF, WebP or SVG picture')
  expect(await noteText(page)).toBe('Before the pictures')
  await expect(readdir(join(dataDir, 'attachments'))).rejects.toThrow()
  await insertFromPalette(join(folder, 'real-diagram.png'))
  await expectNoteText(page, `Before the pictures\n![real diagram](attachments/${storedName(chosen)})`)
  await expect(noteBody(page)).toBeFocused()
  await app.close()
})

test('a picture opens larger by click or key and closes with Escape; missing and web pictures say what they are; screenshots', async () => {
  const app = await launchApp()
  const { page } = app
  await page.setViewportSize({ width: 1280, height: 800 })
  await openDatabases(page)
  await page.getByRole('textbox', { name: 'Note title' }).fill('Reading a query plan')
  await noteBody(page).click()
  await page.keyboard.insertText('## Before the index\n\nThe planner reads every row:\n\n')
  await pasteFile(page, 'seq-scan-costs.png', plan)
  await expect(page.locator('.cm-picture-pending')).toHaveCount(0)
  await page.keyboard.insertText('\n\n## After the index\n\n')
  await pasteFile(page, 'index-scan-costs.png', indexScan)
  await expect(page.locator('.cm-picture-pending')).toHaveCount(0)
  await page.keyboard.insertText(
    `\n\nAn old sketch: ![old sketch](attachments/${'0'.repeat(64)}.png)\n\nFrom the docs: ![planner diagram](https://example.com/planner.png)\n`,
  )
  await expectPicturesShown(page, 2)
  const preview = page.getByRole('region', { name: 'Preview' })
  await expect(preview.getByRole('img', { name: /Picture not found: old sketch/ })).toBeVisible()
  // The web picture is never fetched: a link with its alt text, opened in the OS browser.
  const web = preview.getByRole('link', { name: '[image: planner diagram]' })
  await expect(web).toHaveAttribute('href', 'https://example.com/planner.png')
  expect(await preview.locator('img[src^="http"]').count()).toBe(0)
  await web.click()
  expect(app.openedExternally).toEqual(['https://example.com/planner.png'])

  // Larger by click; Escape closes it and focus goes back to the picture.
  const first = preview.getByRole('button', { name: 'seq scan costs: show larger' })
  await first.click()
  const view = page.getByRole('dialog', { name: 'seq scan costs' })
  await expect(view).toBeVisible()
  await expect(view.locator('img')).toHaveJSProperty('complete', true)
  expect(await view.locator('img').evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(360)
  // Larger indeed: twice its size where the window has the room (1280 x 800 holds 720 x 400).
  await expect.poll(async () => (await view.locator('img').boundingBox())?.width).toBe(720)
  await page.keyboard.press('Escape')
  await expect(view).toBeHidden()
  await expect(first).toBeFocused()
  // By keyboard: Tab reaches the next picture, Enter opens it, Close ends it.
  await page.keyboard.press('Tab')
  const second = preview.getByRole('button', { name: 'index scan costs: show larger' })
  await expect(second).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('dialog', { name: 'index scan costs' })).toBeVisible()
  await page.getByRole('button', { name: 'Close' }).click()
  await expect(second).toBeFocused()
  await page.keyboard.press(' ')
  await expect(page.getByRole('dialog', { name: 'index scan costs' })).toBeVisible()
  await page.keyboard.press('Escape')

  await mkdir(SHOTS, { recursive: true })
  for (const size of SIZES) {
    await page.setViewportSize(size)
    for (const scheme of SCHEMES) {
      await page.emulateMedia({ colorScheme: scheme })
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
      await page.mouse.move(0, size.height - 1)
      await page.screenshot({ path: `${SHOTS}/note-${size.width}x${size.height}-${scheme}.png` })
      const looks = `${size.width}x${size.height} ${scheme}`
      if (size.width === 1280)
        expect(describeViolations(await seriousViolations(page)), `the note, ${looks}`).toEqual([])
      await page.getByRole('button', { name: 'seq scan costs: show larger' }).click()
      await expect(page.getByRole('dialog', { name: 'seq scan costs' })).toBeVisible()
      await page.screenshot({ path: `${SHOTS}/larger-${size.width}x${size.height}-${scheme}.png` })
      if (size.width === 1280)
        expect(describeViolations(await seriousViolations(page)), `the larger view, ${looks}`).toEqual([])
      await page.keyboard.press('Escape')
    }
  }
  expect(app.consoleErrors).toEqual([])
  await app.close()
})

test('an SVG picture with a script is shown only as an image: nothing in it runs or enters the page', async () => {
  const app = await launchApp()
  const { page } = app
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  await page.setViewportSize({ width: 1024, height: 640 })
  await openDatabases(page)
  const svg = new TextEncoder().encode(
    '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="80" onload="alert(1)">' +
      '<script>alert(2)</script><rect width="120" height="80" fill="#3869d4"/>' +
      '<foreignObject width="120" height="80"><img xmlns="http://www.w3.org/1999/xhtml" src="x" onerror="alert(3)"/></foreignObject></svg>',
  )
  await pasteFile(page, 'sketch.svg', svg, 'image/svg+xml')
  await expectNoteText(page, /^!\[sketch\]\(attachments\/[0-9a-f]{64}\.svg\)$/)
  const picture = page.getByRole('region', { name: 'Preview' }).locator('img.note-picture')
  await expect.poll(() => picture.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(120)
  expect(await picture.getAttribute('src')).toMatch(/^blob:/)
  // Drawn through <img>: its markup never joins the page, so there is nothing of it to run.
  expect(await page.locator('.markdown-body svg, .markdown-body script, .markdown-body foreignObject').count()).toBe(0)
  expect(dialogs).toEqual([])
  expect(app.consoleErrors).toEqual([])
  await app.close()
})
