import { expect, test, type Page } from '@playwright/test'
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { launchApp, missingChromiumReason } from './harness'

test.skip(!!missingChromiumReason(), missingChromiumReason() ?? '')

/** Opens the palette with Ctrl+K, types, and runs the highlighted command with Enter. */
async function command(page: Page, text: string, expectTitle?: string): Promise<void> {
  await page.keyboard.press('Control+K')
  const palette = page.getByRole('dialog', { name: 'Command palette' })
  await expect(palette).toBeVisible()
  await page.keyboard.type(text)
  if (expectTitle) await expect(palette.getByRole('option', { selected: true })).toHaveText(expectTitle)
  await page.keyboard.press('Enter')
  await expect(palette).toBeHidden()
}

test('the palette reaches the actions of every feature', async () => {
  const app = await launchApp()
  const { page, dataDir } = app
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible()

  // "/" from another view goes to the search box.
  await page.locator('body').press('/')
  const search = page.getByRole('searchbox', { name: 'Search skills and notes' })
  await expect(search).toBeFocused()
  await page.getByRole('link', { name: 'Levels' }).click()
  await command(page, 'search skills', 'Search skills and notes/')
  await expect(search).toBeFocused()

  // Commands about the selected skill name it.
  await page.getByRole('button', { name: 'Databases', exact: true }).click()
  await command(page, 'mark databases as done', 'Mark Databases as done')
  await expect(page.getByRole('combobox', { name: 'Status of Databases' })).toHaveValue('done')
  await command(page, 'new note on databases', 'New note on DatabasesCtrl+Shift+N')
  await expect(page.getByRole('textbox', { name: 'Note title' })).toBeFocused()
  await page.keyboard.type('Joins')
  await command(page, 'edit notes', 'Edit notes on Databases')
  await expect(page.getByRole('textbox', { name: 'Notes', exact: true })).toBeFocused()
  await page.keyboard.type('Inner and outer joins.')
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible()
  await command(page, 'review card from the current note', 'Write a review card from the current note on Databases')
  await expect(
    page.getByRole('form', { name: 'New card from “Joins”' }).getByRole('textbox', { name: 'Question' }),
  ).toBeFocused()

  // Levels: switch the current level, then add a goal to it.
  await command(page, 'work toward mid', 'Work toward Mid level')
  await expect(page.getByRole('radio', { name: 'Mid level' })).toBeChecked()
  // Choosing a level opens it; closed again by hand, the palette still lands on its field.
  await page.getByRole('button', { name: 'Hide Mid level goals' }).click()
  await expect(page.getByRole('textbox', { name: 'New goal for Mid level' })).toBeHidden()
  await command(page, 'add a goal', 'Add a goal of your own')
  await expect(page.getByRole('textbox', { name: 'New goal for Mid level' })).toBeFocused()
  await page.getByRole('button', { name: 'Hide Mid level goals' }).click()
  await command(page, 'target date of your level', 'Set the target date of your level')
  await expect(page.getByLabel('Target date for Mid level')).toBeFocused()

  await command(page, 'frameworks ranking', 'Open your frameworks ranking')
  await expect(page.getByRole('heading', { name: 'Frameworks', level: 1 })).toBeVisible()
  expect(
    await page.getByRole('region', { name: 'Your ranking' }).evaluate((r) => r.contains(document.activeElement)),
  ).toBe(true)

  // Export and backup from anywhere; a notice says where the file went.
  await command(page, 'export the full report as markdown', 'Export the full report as Markdown')
  const saved = page.getByRole('alert', { name: 'Report saved' })
  await expect(saved).toContainText(join(dataDir, 'exports'))
  await saved.getByRole('button', { name: 'Dismiss' }).click()
  await command(page, 'save a full backup', 'Save a full backup')
  await expect(page.getByRole('alert', { name: 'Backup saved' })).toBeVisible()
  const files = await readdir(join(dataDir, 'exports'))
  expect(files.some((name) => name.endsWith('.md'))).toBe(true)
  const backup = files.find((name) => name.endsWith('.json'))
  expect(backup).toBeTruthy()

  // Import goes through the Data view's preview before anything is replaced.
  app.answerNextOpenDialog(join(dataDir, 'exports', backup ?? ''))
  await command(page, 'import a backup', 'Import a backup')
  await expect(page.getByRole('dialog').getByRole('button', { name: 'Import and replace my data' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Data', level: 1 })).toBeVisible()
  await page.keyboard.press('Escape')
  await app.close()
})

test('a forgotten card flags its skill as needing a revisit in the checklist, the skill pane and the Dashboard', async () => {
  const app = await launchApp()
  const { page } = app
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible()
  await command(page, 'start today', 'Start today’s review')
  await expect(page.getByRole('button', { name: /^Start review/ })).toBeFocused()
  await page.keyboard.press('Enter')
  const card = page.getByLabel('Current card')
  await expect(card).toBeFocused()
  await page.keyboard.press('Space')
  await page.keyboard.press('1')
  await expect(page.getByText('1 answered')).toBeVisible()
  // Esc ends the session on its summary; Esc again goes back to the overview.
  await page.keyboard.press('Escape')
  await expect(page.getByRole('heading', { name: 'Session complete' })).toBeVisible()
  await page.keyboard.press('Escape')
  const revisit = page.getByRole('region', { name: 'Needs revisit' })
  await expect(revisit.getByRole('listitem')).toHaveCount(1)
  // The skill is named by a link to it.
  const skill = (await revisit.getByRole('listitem').getByRole('button').innerText()).trim()

  await page.getByRole('link', { name: 'Dashboard' }).click()
  const dash = page.getByRole('region', { name: 'Needs revisit' })
  await expect(dash).toContainText(skill)
  await expect(dash).toContainText('1 review card forgotten')
  await page.screenshot({ path: 'test-results/dashboard-revisit.png' })
  await dash.getByRole('button', { name: `Open ${skill}` }).click()

  await expect(page.getByRole('heading', { name: skill, level: 2 })).toBeVisible()
  const row = page.getByRole('listitem').filter({ has: page.getByRole('button', { name: skill, exact: true }) })
  await expect(row.getByText('Needs revisit')).toBeVisible()
  await expect(page.getByRole('button', { name: skill, exact: true })).toHaveAccessibleDescription(
    /Needs revisit\s*:\s*1 review card forgotten/,
  )
  // The open skill's bar flags it whichever tab is open; its sub-topics tab says what to do.
  await expect(page.getByText(`Needs revisit: 1 review card forgotten on ${skill}`)).toBeVisible()
  await page.getByRole('tab', { name: 'Sub-topics and progress' }).click()
  const detail = page.getByRole('article', { name: skill })
  await expect(detail).toContainText('You forgot one of its review cards lately')
  await app.close()
})

for (const theme of ['light', 'dark'] as const) {
  test(`the skill pane with notes, card form and evidence at 1200x800 in the ${theme} theme`, async () => {
    const app = await launchApp()
    const { page } = app
    await page.setViewportSize({ width: 1200, height: 800 })
    await page.emulateMedia({ colorScheme: theme })
    await page.getByRole('link', { name: 'Skills' }).click()
    await page.getByRole('button', { name: 'APIs', exact: true }).click()
    await page.getByRole('textbox', { name: 'Note title' }).fill('Status codes')
    await page
      .getByRole('textbox', { name: 'Notes', exact: true })
      .fill('## Status codes\n\n- 201 Created\n- 404 Not Found')
    await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible()
    await page.getByText('Write a review card from this note').click()
    // The card starts empty: its question is the learner's to write.
    await expect(page.getByRole('textbox', { name: 'Question' })).toHaveValue('')
    await page.getByRole('tab', { name: 'Sub-topics and progress' }).click()
    const evidence = page.getByRole('form', { name: 'Add evidence for APIs' })
    await evidence.getByRole('textbox', { name: 'Link' }).fill('https://github.com/me/todo-api')
    await evidence.getByRole('textbox', { name: 'Title' }).fill('My to-do API')
    await evidence.getByRole('button', { name: 'Add link' }).click()
    await expect(page.getByText('My to-do API')).toBeVisible()
    await page.getByRole('heading', { name: 'APIs', level: 2 }).scrollIntoViewIfNeeded()
    await page.screenshot({ path: `test-results/skill-pane-${theme}-top.png` })
    await page.getByRole('heading', { name: 'Evidence for APIs' }).scrollIntoViewIfNeeded()
    await page.screenshot({ path: `test-results/skill-pane-${theme}-bottom.png` })
    await page.getByRole('link', { name: 'Dashboard' }).click()
    await page.screenshot({ path: `test-results/dashboard-${theme}.png` })
    await app.close()
  })
}
