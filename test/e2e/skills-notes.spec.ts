import { expect, test, type Page } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { launchApp, missingChromiumReason } from './harness'
import { expectNoteText, showTab } from './note-text'

test.skip(!!missingChromiumReason(), missingChromiumReason() ?? '')

/** Opens a skill in the Skills view, going there first (the app opens on the Dashboard). */
async function openSkill(page: Page, title: string): Promise<void> {
  const skills = page.getByRole('link', { name: 'Skills' })
  if ((await skills.getAttribute('aria-current')) !== 'page') await skills.click()
  await page.getByRole('button', { name: title, exact: true }).click()
}

test('sub-topics, statuses, confidence and a note typed right before closing are all kept after a restart', async () => {
  const first = await launchApp()
  const { page, dataDir } = first
  await openSkill(page, 'Databases')
  await expect(page.getByRole('heading', { name: 'Databases', level: 2 })).toBeVisible()
  await showTab(page, 'progress')
  await page.getByRole('checkbox', { name: 'Create, read, update, delete from code' }).check()
  await page.getByRole('checkbox', { name: 'Indexes and why queries get slow' }).check()
  await expect(page.getByText('2 of 7 ticked')).toBeVisible()
  await page.getByRole('radio', { name: '4 of 5: Comfortable on my own' }).check()
  await page.getByRole('combobox', { name: 'Status of APIs' }).selectOption({ label: 'Done' })
  await expect(page.getByRole('progressbar', { name: 'Progress of APIs' })).toHaveAttribute('aria-valuenow', '100')
  await expect(page.getByRole('progressbar', { name: 'Progress of Databases' })).toHaveAttribute('aria-valuenow', '29')

  await showTab(page, 'notes')
  const notes = page.getByRole('textbox', { name: 'Notes', exact: true })
  await notes.fill('# Indexes\n\nA B-tree index makes **lookups** fast.')
  await expect(page.getByRole('region', { name: 'Preview' }).getByRole('heading', { name: 'Indexes' })).toBeVisible()
  // Typed a moment ago: no pause for autosave, the close handshake must save it.
  await notes.pressSequentially(' Last words.')
  await first.close()

  const onDisk = JSON.parse(await readFile(join(dataDir, 'groundwork-data.json'), 'utf8')) as {
    notes: Record<string, { body: string }>
  }
  expect(Object.values(onDisk.notes).map((note) => note.body)).toEqual([
    '# Indexes\n\nA B-tree index makes **lookups** fast. Last words.',
  ])

  const second = await launchApp({ dataDir })
  const again = second.page
  await again.getByRole('link', { name: 'Skills' }).click()
  await expect(again.getByRole('combobox', { name: 'Status of Databases' })).toHaveValue('learning')
  await expect(again.getByRole('combobox', { name: 'Status of APIs' })).toHaveValue('done')
  await openSkill(again, 'Databases')
  await showTab(again, 'progress')
  await expect(again.getByRole('checkbox', { name: 'Create, read, update, delete from code' })).toBeChecked()
  await expect(again.getByRole('checkbox', { name: 'Indexes and why queries get slow' })).toBeChecked()
  await expect(again.getByRole('checkbox', { name: 'Transactions and ACID guarantees' })).not.toBeChecked()
  await expect(again.getByRole('radio', { name: '4 of 5: Comfortable on my own' })).toBeChecked()
  await showTab(again, 'notes')
  await expectNoteText(again, '# Indexes\n\nA B-tree index makes **lookups** fast. Last words.')
  await expect(again.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible()
  await expect(again.getByText(/Created .* · Last edited/)).toBeVisible()
  await again.screenshot({ path: 'test-results/skills-notes-light.png' })
  await again.emulateMedia({ colorScheme: 'dark' })
  await again.setViewportSize({ width: 1500, height: 1350 })
  await again.screenshot({ path: 'test-results/skills-notes-dark.png' })
  // No CSP violations, script errors or failed requests.
  expect(second.consoleErrors).toEqual([])
  await second.close()
})

test('raw HTML and javascript: links in a note stay inert in the preview', async () => {
  const app = await launchApp()
  const { page } = app
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  await openSkill(page, 'Security awareness')
  const payload = [
    'Attack samples:',
    '',
    '<img src=x onerror="window.__xss=1;alert(1)">',
    '',
    '<script>window.__xss=2</script>',
    '',
    '[click me](javascript:window.__xss=3;alert(3))',
    '',
    '<a href="javascript:window.__xss=4" onclick="window.__xss=5">html link</a>',
    '',
    '[safe site](https://example.com/owasp)',
  ].join('\n')
  await page.getByRole('textbox', { name: 'Notes', exact: true }).fill(payload)
  const preview = page.getByRole('region', { name: 'Preview' })
  await expect(preview.getByText('click me')).toBeVisible()
  await preview.getByText('click me').click()
  await preview
    .getByText('html link', { exact: false })
    .first()
    .click()
    .catch(() => undefined)
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible()

  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined()
  expect(dialogs).toEqual([])
  expect(await preview.locator('img, script, [onerror], [onclick], a[href^="javascript"]').count()).toBe(0)
  // Raw HTML is shown as text, not run.
  await expect(preview.getByText('<img src=x onerror="window.__xss=1;alert(1)">')).toBeVisible()

  // A web link goes to the OS browser; the app page stays where it is.
  const url = page.url()
  await preview.getByRole('link', { name: 'safe site' }).click()
  await expect.poll(() => app.openedExternally).toEqual(['https://example.com/owasp'])
  expect(page.url()).toBe(url)
  await app.close()
})

test('search finds a word that only appears in a note and opens it', async () => {
  const app = await launchApp()
  const { page } = app
  await openSkill(page, 'Data structures and algorithms')
  const notes = page.getByRole('textbox', { name: 'Notes', exact: true })
  await notes.fill('Heaps\n\nThe zanzibarsort trick keeps a heap of candidates.')
  // In the note, Ctrl+F searches the note; from outside it (Tab leaves the editor, whose blur saves
  // the note first) it moves to the search box.
  await page.keyboard.press('Tab')
  await page.keyboard.press('Control+f')
  const search = page.getByRole('searchbox', { name: 'Search skills and notes' })
  await expect(search).toBeFocused()
  await search.pressSequentially('zanzibar')
  const results = page.getByRole('list', { name: 'Search results' })
  await expect(results.getByRole('button')).toHaveCount(1)
  await expect(results.locator('mark')).toHaveText(['zanzibarsort'])
  await expect(results.getByRole('button')).toContainText('Note · Data structures and algorithms')

  // Back to the checklist, open another skill, then reach the note through search.
  await search.press('Escape')
  await openSkill(page, 'APIs')
  await page.getByRole('heading', { name: 'APIs', level: 2 }).click()
  await page.keyboard.press('/')
  await expect(search).toBeFocused()
  await search.pressSequentially('zanzibarsort heap')
  await results.getByRole('button').first().click()
  await expect(page.getByRole('heading', { name: 'Data structures and algorithms', level: 2 })).toBeVisible()
  await expectNoteText(page, /zanzibarsort trick/)

  // Words from the curriculum are found too.
  await search.fill('')
  await search.pressSequentially('kubernetes')
  await expect(page.getByRole('status').filter({ hasText: 'Nothing matches' })).toBeVisible()
  await search.fill('')
  await search.pressSequentially('normalis')
  await expect(results.getByRole('button', { name: /Normalising a schema/ })).toBeVisible()
  await page.screenshot({ path: 'test-results/skills-search.png' })
  await app.close()
})
