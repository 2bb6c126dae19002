import { expect, test, type Page } from '@playwright/test'
import { launchApp, missingChromiumReason } from './harness'
import { expectNoteText } from './note-text'

test.skip(!!missingChromiumReason(), missingChromiumReason() ?? '')

/** Opens a skill in the Skills view, going there first (the app opens on the Dashboard). */
async function openSkill(page: Page, title: string): Promise<void> {
  const skills = page.getByRole('link', { name: 'Skills' })
  if ((await skills.getAttribute('aria-current')) !== 'page') await skills.click()
  await page.getByRole('button', { name: title, exact: true }).click()
}

const saved = (page: Page) => expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible()

const LAYOUTS = [
  { width: 1024, height: 640, colorScheme: 'light' as const },
  { width: 1280, height: 800, colorScheme: 'dark' as const },
  { width: 1024, height: 640, colorScheme: 'dark' as const },
  { width: 1280, height: 800, colorScheme: 'light' as const },
]

for (const layout of LAYOUTS) {
  const name = `${layout.width}x${layout.height} ${layout.colorScheme}`
  test(`a note edited across a restart shows its earlier version in History, compared line by line, and a restore can be undone (${name})`, async () => {
    const first = await launchApp()
    const { dataDir } = first
    await first.page.setViewportSize(layout)
    await first.page.emulateMedia({ colorScheme: layout.colorScheme })
    await openSkill(first.page, 'APIs')
    await first.page.getByRole('textbox', { name: 'Note title' }).fill('REST verbs')
    await first.page.getByRole('textbox', { name: 'Notes', exact: true }).fill('GET reads\nPUT replaces\nPOST creates')
    await saved(first.page)
    await first.close()

    const second = await launchApp({ dataDir })
    const { page } = second
    await page.setViewportSize(layout)
    await page.emulateMedia({ colorScheme: layout.colorScheme })
    await openSkill(page, 'APIs')
    const body = page.getByRole('textbox', { name: 'Notes', exact: true })
    await expectNoteText(page, 'GET reads\nPUT replaces\nPOST creates')
    // The first save after the restart starts a session: the text from before is kept as a version.
    await body.fill('GET reads\nPATCH changes a part\nPOST creates')
    await saved(page)

    await page.getByRole('button', { name: 'History' }).click()
    const dialog = page.getByRole('dialog', { name: 'History of “REST verbs”' })
    await expect(dialog).toBeVisible()
    const versions = dialog.getByRole('list', { name: 'Versions' })
    await expect(versions.getByRole('button')).toHaveCount(1)
    await expect(versions.getByRole('button').first()).toHaveAttribute('aria-pressed', 'true')
    await expect(versions.getByRole('button').first()).toContainText('While editing')
    const lines = dialog.getByRole('list', { name: 'Line by line' })
    await expect(lines.getByRole('listitem').filter({ hasText: 'Only in this version: PUT replaces' })).toBeVisible()
    await expect(
      lines.getByRole('listitem').filter({ hasText: 'Only in the current text: PATCH changes a part' }),
    ).toBeVisible()
    await expect(dialog.getByText('only in this version,')).toBeVisible()
    // Read from old to new: the version's line in the removed colour, the current one in the added colour, old first.
    await expect(lines.getByRole('listitem').filter({ hasText: 'PUT replaces' })).toHaveClass(/\bdiff-removed\b/)
    await expect(lines.getByRole('listitem').filter({ hasText: 'PATCH changes a part' })).toHaveClass(/\bdiff-added\b/)
    await expect(lines.getByRole('listitem').filter({ hasText: /PUT replaces|PATCH changes a part/ })).toHaveText([
      /PUT replaces/,
      /PATCH changes a part/,
    ])
    await page.screenshot({ path: `/tmp/shots-hist/history-${layout.width}-${layout.colorScheme}.png` })

    await dialog.getByRole('button', { name: 'Restore this version' }).click()
    await expect(dialog.getByRole('status')).toContainText('Restored the version of')
    await expectNoteText(page, 'GET reads\nPUT replaces\nPOST creates')
    // The text the restore replaced is now the newest version.
    await expect(versions.getByRole('button')).toHaveCount(2)
    await expect(versions.getByRole('button').first()).toContainText('Before a restore')

    await dialog.getByRole('button', { name: 'Undo restore' }).click()
    await expectNoteText(page, 'GET reads\nPATCH changes a part\nPOST creates')
    await expect(dialog.getByRole('status')).toHaveCount(0)
    await dialog.getByRole('button', { name: 'Close' }).click()
    await expect(dialog).toBeHidden()
    await expect(page.getByRole('button', { name: 'History' })).toBeFocused()
    expect(second.consoleErrors).toEqual([])
    await second.close()

    const third = await launchApp({ dataDir })
    await openSkill(third.page, 'APIs')
    await expectNoteText(third.page, 'GET reads\nPATCH changes a part\nPOST creates')
    await third.close()
  })
}

for (const layout of LAYOUTS.slice(0, 2)) {
  const name = `${layout.width}x${layout.height} ${layout.colorScheme}`
  test(`typing [[ suggests notes and skills, the picked link opens its note from the preview, backlinks are listed and a link to nothing is marked broken (${name})`, async () => {
    const app = await launchApp()
    const { page } = app
    await page.setViewportSize(layout)
    await page.emulateMedia({ colorScheme: layout.colorScheme })
    await openSkill(page, 'APIs')
    await page.getByRole('textbox', { name: 'Note title' }).fill('REST verbs')
    await page.getByRole('textbox', { name: 'Notes', exact: true }).fill('GET reads, PUT replaces.')
    await saved(page)

    await page.getByRole('button', { name: 'New note' }).click()
    await expect(page.getByRole('textbox', { name: 'Note title' })).toHaveValue('')
    await page.getByRole('textbox', { name: 'Note title' }).fill('Caching')
    const body = page.getByRole('textbox', { name: 'Notes', exact: true })
    await body.click()
    await body.pressSequentially('Builds on [[res')
    const list = page.getByRole('listbox')
    await expect(list.getByRole('option', { name: /REST verbs/ })).toBeVisible()
    // The text box points at the first suggestion, for screen readers.
    const first = await list.getByRole('option').first().getAttribute('id')
    await expect(body).toHaveAttribute('aria-activedescendant', first ?? 'no option')
    await page.screenshot({ path: `/tmp/shots-hist/autocomplete-${layout.width}-${layout.colorScheme}.png` })
    await page.keyboard.press('Enter')
    await expect(list).toBeHidden()
    await body.pressSequentially(' and [[Nowhere yet]].')
    await expectNoteText(page, 'Builds on [[REST verbs]] and [[Nowhere yet]].')
    await saved(page)

    // At 1024 wide the text and preview do not fit side by side: show the preview alone.
    await page.getByRole('radio', { name: 'Preview', exact: true }).check()
    const preview = page.getByRole('region', { name: 'Preview' })
    await expect(preview.getByText('(broken link: no note or skill is called “Nowhere yet”)')).toBeAttached()
    await expect(preview.getByRole('link', { name: 'Nowhere yet' })).toHaveCount(0)
    await preview.scrollIntoViewIfNeeded()
    await page.screenshot({ path: `/tmp/shots-hist/links-${layout.width}-${layout.colorScheme}.png` })
    await preview.getByRole('link', { name: 'REST verbs' }).click()
    await expect(page.getByRole('textbox', { name: 'Note title' })).toHaveValue('REST verbs')
    const backlinks = page.getByRole('region', { name: 'Notes linking to this note' })
    await expect(backlinks.getByRole('button', { name: 'Caching' })).toBeVisible()
    await backlinks.getByRole('button', { name: 'Caching' }).click()
    await expect(page.getByRole('textbox', { name: 'Note title' })).toHaveValue('Caching')
    expect(app.consoleErrors).toEqual([])
    await app.close()
  })
}
