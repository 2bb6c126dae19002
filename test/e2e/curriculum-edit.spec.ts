import { expect, test, type Page } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { launchApp, missingChromiumReason } from './harness'
import { expectNoteText, showTab } from './note-text'
import { describeViolations, seriousViolations } from './axe'

test.skip(!!missingChromiumReason(), missingChromiumReason() ?? '')

const editor = (page: Page) => page.getByRole('dialog', { name: 'Edit curriculum' })

/** Picks `item` from the action menu of the row named `name` (the menu button is "Actions for <name>"). */
async function rowAction(page: Page, name: string, item: string): Promise<void> {
  await editor(page)
    .getByRole('button', { name: `Actions for ${name}`, exact: true })
    .click()
  await editor(page)
    .getByRole('menu', { name: `Actions for ${name}` })
    .getByRole('menuitem', { name: item, exact: true })
    .click()
}

async function openEditor(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Skills' }).click()
  await page.getByRole('button', { name: 'Edit curriculum' }).click()
  await expect(editor(page)).toBeVisible()
}

test('a skill the learner adds shows up everywhere, keeps its notes through a rename, and its progress through hide and show and a restart', async () => {
  const first = await launchApp()
  const { page, dataDir } = first
  await openEditor(page)
  const technical = editor(page).getByRole('region', { name: 'Technical skills' })
  await technical.getByRole('button', { name: 'Add skill to Technical skills' }).click()
  await expect(technical.getByRole('textbox', { name: 'New skill in Technical skills' })).toBeFocused()
  await page.keyboard.type('Kubernetes')
  await technical
    .getByRole('textbox', { name: 'Its sub-topics, one a line (optional)' })
    .fill('Pods and deployments\nServices and ingress')
  await technical.getByRole('button', { name: 'Add skill', exact: true }).click()
  await expect(technical.getByRole('status')).toHaveText('Kubernetes was added to Technical skills.')
  const row = technical
    .getByRole('list', { name: 'Skills in Technical skills' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('textbox', { name: 'Name of Kubernetes' }) })
  await expect(row).toBeVisible()
  // Link it to an entry-level goal from its details.
  await row.getByText('Details of Kubernetes').click()
  await row.getByRole('checkbox', { name: 'Build a small app with one server-side framework' }).click()
  await expect(row.getByRole('checkbox', { name: 'Build a small app with one server-side framework' })).toBeChecked()
  await editor(page).getByRole('button', { name: 'Done' }).click()

  // Skills: in the checklist with its sub-topics.
  await page.getByRole('button', { name: 'Kubernetes', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Kubernetes', level: 2 })).toBeVisible()
  await showTab(page, 'progress')
  await page.getByRole('checkbox', { name: 'Pods and deployments' }).check()
  await expect(page.getByText('1 of 2 ticked')).toBeVisible()
  await showTab(page, 'notes')
  await page.getByRole('textbox', { name: 'Notes', exact: true }).fill('Pods are the smallest unit.')
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible()
  await page.getByRole('combobox', { name: 'Status of Kubernetes' }).selectOption({ label: 'Done' })

  // Search finds it.
  await page.getByRole('searchbox', { name: 'Search skills and notes' }).fill('kubernetes')
  await expect(page.getByRole('button', { name: /Kubernetes/ }).first()).toBeVisible()
  await page.getByRole('searchbox', { name: 'Search skills and notes' }).fill('')

  // Dashboard counts sixteen skills.
  await page.getByRole('link', { name: 'Dashboard' }).click()
  await expect(page.getByText('1 of 16 skills done')).toBeVisible()

  // Levels: the goal links to it.
  await page.getByRole('link', { name: 'Levels' }).click()
  await expect(page.getByRole('button', { name: /^Kubernetes/ }).first()).toBeVisible()

  // Reports: a row of its own.
  await page.getByRole('link', { name: 'Reports' }).click()
  await expect(
    page.getByRole('article', { name: 'Report preview' }).getByRole('row', { name: /Kubernetes.*Done/ }),
  ).toBeVisible()

  // Rename keeps the note.
  await openEditor(page)
  const name = editor(page).getByRole('textbox', { name: 'Name of Kubernetes' })
  await name.fill('Kubernetes basics')
  await name.press('Enter')
  await expect(editor(page).getByRole('textbox', { name: 'Name of Kubernetes basics' })).toBeVisible()
  // Hide it: it leaves the checklist and the figures.
  await rowAction(page, 'Kubernetes basics', 'Hide')
  await expect(editor(page).getByRole('button', { name: 'Actions for Kubernetes basics' })).toBeFocused()
  await editor(page).getByRole('button', { name: 'Actions for Kubernetes basics' }).click()
  await expect(editor(page).getByRole('menuitem', { name: 'Show', exact: true })).toBeVisible()
  await page.keyboard.press('Escape')
  await editor(page).getByRole('button', { name: 'Done' }).click()
  await expect(page.getByRole('button', { name: 'Kubernetes basics', exact: true })).toHaveCount(0)
  await page.getByRole('link', { name: 'Dashboard' }).click()
  await expect(page.getByText('0 of 15 skills done')).toBeVisible()
  // Show it again: everything is back.
  await openEditor(page)
  await rowAction(page, 'Kubernetes basics', 'Show')
  await editor(page).getByRole('button', { name: 'Done' }).click()
  await page.getByRole('button', { name: 'Kubernetes basics', exact: true }).click()
  await expect(page.getByRole('combobox', { name: 'Status of Kubernetes basics' })).toHaveValue('done')
  await expectNoteText(page, 'Pods are the smallest unit.')
  expect(first.consoleErrors).toEqual([])
  await first.close()

  // Restart: all kept.
  const onDisk = JSON.parse(await readFile(join(dataDir, 'groundwork-data.json'), 'utf8')) as {
    curriculum: { skills: Array<{ id: string; title: string }> }
    notes: Record<string, { skillId: string }>
  }
  const added = onDisk.curriculum.skills.find((s) => s.title === 'Kubernetes basics')
  expect(added?.id).toMatch(/^sk-/)
  expect(Object.values(onDisk.notes).map((n) => n.skillId)).toEqual([added?.id])
  const second = await launchApp({ dataDir })
  await second.page.getByRole('link', { name: 'Skills' }).click()
  await second.page.getByRole('button', { name: 'Kubernetes basics', exact: true }).click()
  await showTab(second.page, 'progress')
  await expect(second.page.getByRole('checkbox', { name: 'Pods and deployments' })).toBeChecked()
  await showTab(second.page, 'notes')
  await expectNoteText(second.page, 'Pods are the smallest unit.')
  await second.close()
})

test('deleting a skill that holds a note says so and asks, and the trash brings it back with the note', async () => {
  const app = await launchApp()
  const { page } = app
  await page.getByRole('link', { name: 'Skills' }).click()
  await page.getByRole('button', { name: 'Serverless architecture', exact: true }).click()
  await page.getByRole('textbox', { name: 'Notes', exact: true }).fill('Cold starts hurt.')
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible()
  await page.getByRole('button', { name: 'Edit curriculum' }).click()
  await editor(page).getByText('Details of Databases').click()
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme })
    expect(describeViolations(await seriousViolations(page)), `the curriculum editor, ${colorScheme}`).toEqual([])
  }
  await rowAction(page, 'Serverless architecture', 'Delete…')
  const ask = page.getByRole('alertdialog', { name: 'Delete Serverless architecture?' })
  await expect(ask).toContainText('It holds 1 note')
  await ask.getByRole('button', { name: 'Move to the trash' }).click()
  await expect(editor(page).getByRole('textbox', { name: 'Name of Serverless architecture' })).toHaveCount(0)
  await editor(page).getByRole('tab', { name: 'Trash (1)' }).click()
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme })
    expect(describeViolations(await seriousViolations(page)), `the trash tab, ${colorScheme}`).toEqual([])
  }
  await editor(page).getByRole('button', { name: 'Restore Serverless architecture' }).click()
  await expect(editor(page).getByRole('status').filter({ hasText: 'Serverless architecture is back.' })).toBeVisible()
  await editor(page).getByRole('tab', { name: 'Skills and categories' }).click()
  await expect(editor(page).getByRole('textbox', { name: 'Name of Serverless architecture' })).toBeVisible()
  await editor(page).getByRole('button', { name: 'Done' }).click()
  await page.getByRole('button', { name: 'Serverless architecture', exact: true }).click()
  await expectNoteText(page, 'Cold starts hurt.')
  expect(app.consoleErrors).toEqual([])
  await app.close()
})

test('every delete in the editor offers Undo inside it, by button or Ctrl+Z, and Undo puts the skill, sub-topic or category back in its place', async () => {
  const app = await launchApp()
  const { page, dataDir } = app
  await openEditor(page)
  const dialog = editor(page)
  const technical = dialog.getByRole('list', { name: 'Skills in Technical skills' })
  const skillNames = () =>
    technical
      .getByRole('textbox', { name: /^Name of / })
      .evaluateAll((fields) => fields.map((field) => (field as HTMLInputElement).value))
  const before = await skillNames()
  const bar = dialog.getByRole('status').filter({ has: page.getByRole('button', { name: 'Undo', exact: true }) })

  // A skill: the bar in the editor says what went, and its Undo puts it back where it stood.
  await rowAction(page, 'Databases', 'Delete…')
  await page
    .getByRole('alertdialog', { name: 'Delete Databases?' })
    .getByRole('button', { name: 'Move to the trash' })
    .click()
  await expect.poll(skillNames).not.toContain('Databases')
  await expect(bar).toContainText('Deleted the skill “Databases”.')
  await expect(dialog.getByRole('tab', { name: 'Trash (1)' })).toBeVisible()
  await page.setViewportSize({ width: 1024, height: 640 })
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme })
    expect(describeViolations(await seriousViolations(page)), `the editor's undo bar, ${colorScheme}`).toEqual([])
    await page.screenshot({ path: `/tmp/h-trash-shots/editor-undo-1024-${colorScheme}.png` })
  }
  await bar.getByRole('button', { name: 'Undo', exact: true }).click()
  await expect.poll(skillNames).toEqual(before)
  await expect(bar).toHaveCount(0)
  // Focus stays in the editor: on its title.
  await expect(dialog.getByRole('heading', { name: 'Edit curriculum' })).toBeFocused()
  await expect(dialog.getByRole('tab', { name: 'Trash', exact: true })).toBeVisible()

  // Again, taken back from the keyboard this time (outside a text field).
  await rowAction(page, 'Databases', 'Delete…')
  await page
    .getByRole('alertdialog', { name: 'Delete Databases?' })
    .getByRole('button', { name: 'Move to the trash' })
    .click()
  await expect(bar).toContainText('Deleted the skill “Databases”.')
  await dialog.getByRole('tab', { name: 'Skills and categories' }).focus()
  await page.keyboard.press('Control+z')
  await expect.poll(skillNames).toEqual(before)
  const stored = JSON.parse(await readFile(join(dataDir, 'groundwork-data.json'), 'utf8')) as { trash: unknown[] }
  expect(stored.trash).toEqual([])

  // A sub-topic, back as the same item in the same place.
  await dialog.getByText('Details of Databases').click()
  const firstSub = dialog.getByRole('textbox', { name: 'Sub-topic 1 of Databases' })
  await expect(firstSub).toHaveValue('Relational tables and SQL (PostgreSQL, MySQL)')
  await dialog
    .getByRole('button', { name: 'Actions for sub-topic Relational tables and SQL (PostgreSQL, MySQL)' })
    .click()
  await dialog.getByRole('menuitem', { name: 'Delete', exact: true }).click()
  await expect(firstSub).toHaveValue('Schema-less document stores (MongoDB, Cassandra)')
  await expect(bar).toContainText('Deleted the sub-topic “Relational tables and SQL (PostgreSQL, MySQL)”.')
  await bar.getByRole('button', { name: 'Undo', exact: true }).click()
  await expect(firstSub).toHaveValue('Relational tables and SQL (PostgreSQL, MySQL)')

  // A category of the learner's own.
  await dialog.getByRole('textbox', { name: 'New category' }).fill('Side projects')
  await dialog.getByRole('button', { name: 'Add category' }).click()
  const side = dialog.getByRole('region', { name: 'Side projects' })
  await expect(side).toBeVisible()
  await dialog.getByRole('button', { name: 'Actions for category Side projects' }).click()
  await dialog.getByRole('menuitem', { name: 'Delete', exact: true }).click()
  await expect(side).toHaveCount(0)
  await expect(bar).toContainText('Deleted the category “Side projects”.')
  await page.setViewportSize({ width: 1280, height: 800 })
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme })
    await page.screenshot({ path: `/tmp/h-trash-shots/editor-undo-1280-${colorScheme}.png` })
  }
  await bar.getByRole('button', { name: 'Undo', exact: true }).click()
  await expect(side).toBeVisible()
  expect(app.consoleErrors).toEqual([])
  await app.close()
})

test('row menus, the trash tab and Add skill work from the keyboard, and focus lands on a sensible control after each step', async () => {
  const app = await launchApp()
  const { page } = app
  await openEditor(page)
  const dialog = editor(page)
  // A row's actions sit behind one menu button: no wall of Delete buttons.
  await expect(dialog.getByRole('button', { name: /^Delete / })).toHaveCount(0)
  const menuButton = dialog.getByRole('button', { name: 'Actions for Databases', exact: true })
  await menuButton.focus()
  await page.keyboard.press('ArrowDown')
  const menu = dialog.getByRole('menu', { name: 'Actions for Databases' })
  await expect(menuButton).toHaveAttribute('aria-expanded', 'true')
  await expect(menu.getByRole('menuitem', { name: 'Move up' })).toBeFocused()
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme })
    expect(describeViolations(await seriousViolations(page)), `an open row menu, ${colorScheme}`).toEqual([])
  }
  await page.keyboard.press('ArrowDown')
  await expect(menu.getByRole('menuitem', { name: 'Move down' })).toBeFocused()
  await page.keyboard.press('End')
  await expect(menu.getByRole('menuitem', { name: 'Delete…' })).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(menu.getByRole('menuitem', { name: 'Move up' })).toBeFocused()
  // Escape closes the menu only, and gives focus back to its button.
  await page.keyboard.press('Escape')
  await expect(menu).toHaveCount(0)
  await expect(dialog).toBeVisible()
  await expect(menuButton).toBeFocused()
  // Move down from the keyboard: Databases now follows APIs, and its button keeps focus.
  await page.keyboard.press('Enter')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  const technical = dialog.getByRole('list', { name: 'Skills in Technical skills' })
  await expect(technical.getByRole('textbox', { name: /^Name of / }).nth(1)).toHaveAccessibleName('Name of APIs')
  await expect(technical.getByRole('textbox', { name: /^Name of / }).nth(2)).toHaveAccessibleName('Name of Databases')
  await expect(menuButton).toBeFocused()

  // Delete two skills from the keyboard (ArrowUp opens on the last item); focus goes on to the next row's name.
  for (const [name, next] of [
    ['APIs', 'Databases'],
    ['Databases', 'Security awareness'],
  ] as const) {
    await dialog.getByRole('button', { name: `Actions for ${name}`, exact: true }).focus()
    await page.keyboard.press('ArrowUp')
    await expect(dialog.getByRole('menuitem', { name: 'Delete…' })).toBeFocused()
    await page.keyboard.press('Enter')
    await page
      .getByRole('alertdialog', { name: `Delete ${name}?` })
      .getByRole('button', { name: 'Move to the trash' })
      .click()
    await expect(dialog.getByRole('textbox', { name: `Name of ${next}` })).toBeFocused()
  }

  // The trash is a tab of its own, reached with the arrow keys.
  const skillsTab = dialog.getByRole('tab', { name: 'Skills and categories' })
  await skillsTab.focus()
  await page.keyboard.press('ArrowRight')
  const trashTab = dialog.getByRole('tab', { name: 'Trash (2)' })
  await expect(trashTab).toBeFocused()
  await expect(trashTab).toHaveAttribute('aria-selected', 'true')
  const panel = dialog.getByRole('tabpanel', { name: 'Trash (2)' })
  await expect(panel.getByRole('button', { name: /^Restore / })).toHaveText(['Restore Databases', 'Restore APIs'])
  // After a restore, focus lands on the Restore button that took its place, then on the tab once the trash is empty.
  await panel.getByRole('button', { name: 'Restore Databases' }).focus()
  await page.keyboard.press('Enter')
  await expect(dialog.getByRole('button', { name: 'Restore APIs' })).toBeFocused()
  await expect(dialog.getByRole('status').filter({ hasText: 'Databases is back.' })).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(dialog.getByRole('tab', { name: 'Trash', exact: true })).toBeFocused()
  await page.keyboard.press('ArrowLeft')
  await expect(skillsTab).toHaveAttribute('aria-selected', 'true')
  await expect(technical.getByRole('textbox', { name: 'Name of APIs' })).toBeVisible()
  await expect(technical.getByRole('textbox', { name: 'Name of Databases' })).toBeVisible()

  // Add skill leads with its name field; an empty name is answered beside that field.
  const soft = dialog.getByRole('region', { name: 'Soft skills' })
  const opener = soft.getByRole('button', { name: 'Add skill to Soft skills' })
  await opener.click()
  const name = soft.getByRole('textbox', { name: 'New skill in Soft skills' })
  await expect(name).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(name).toHaveAttribute('aria-invalid', 'true')
  await expect(name).toHaveAccessibleDescription('Give the skill a name.')
  await expect(name).toBeFocused()
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme })
    expect(describeViolations(await seriousViolations(page)), `Add skill with its error, ${colorScheme}`).toEqual([])
  }
  // Escape on the empty form closes it (not the editor) and gives focus back to its button.
  await page.keyboard.press('Escape')
  await expect(name).toHaveCount(0)
  await expect(opener).toBeFocused()
  await expect(dialog).toBeVisible()
  expect(app.consoleErrors).toEqual([])
  await app.close()
})

test('a framework row the learner adds joins the table and the ranking', async () => {
  const app = await launchApp()
  const { page } = app
  await page.getByRole('link', { name: 'Frameworks' }).click()
  await page.getByText('Add a framework of your own').click()
  const form = page.getByRole('form', { name: 'Add a framework' })
  await form.getByRole('textbox', { name: 'Name' }).fill('Axum')
  await form.getByRole('textbox', { name: 'Language' }).fill('Rust')
  await form.getByRole('button', { name: 'Add to the table' }).click()
  await expect(form.getByRole('alert')).toContainText('Give a year from 1950 on.')
  await expect(form.getByRole('textbox', { name: 'Name' })).toHaveValue('Axum')
  await form.getByRole('spinbutton', { name: 'First release (year)' }).fill('2021')
  await form.getByRole('button', { name: 'Add to the table' }).click()
  await expect(form.getByRole('status')).toHaveText('Axum was added to the table.')
  await expect(
    page.getByRole('region', { name: 'Comparison table' }).getByRole('row', { name: /^Compare Axum\b/ }),
  ).toBeVisible()
  await expect(page.getByRole('region', { name: 'Your ranking' }).getByText('Axum').first()).toBeVisible()
  expect(app.consoleErrors).toEqual([])
  await app.close()
})
