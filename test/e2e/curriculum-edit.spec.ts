import { expect, test, type Page } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { launchApp, missingChromiumReason } from './harness'
import { describeViolations, seriousViolations } from './axe'

test.skip(!!missingChromiumReason(), missingChromiumReason() ?? '')

const editor = (page: Page) => page.getByRole('dialog', { name: 'Edit curriculum' })

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
  await technical.getByRole('textbox', { name: 'New skill in Technical skills' }).fill('Kubernetes')
  await technical.getByRole('textbox', { name: 'Its sub-topics, one a line (optional)' }).fill('Pods and deployments\nServices and ingress')
  await technical.getByRole('button', { name: 'Add skill to Technical skills' }).click()
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
  await page.getByRole('checkbox', { name: 'Pods and deployments' }).check()
  await expect(page.getByText('1 of 2 ticked')).toBeVisible()
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
  await expect(page.getByRole('article', { name: 'Report preview' }).getByRole('row', { name: /Kubernetes.*Done/ })).toBeVisible()

  // Rename keeps the note.
  await openEditor(page)
  const name = editor(page).getByRole('textbox', { name: 'Name of Kubernetes' })
  await name.fill('Kubernetes basics')
  await name.press('Enter')
  await expect(editor(page).getByRole('textbox', { name: 'Name of Kubernetes basics' })).toBeVisible()
  // Hide it: it leaves the checklist and the figures.
  await editor(page).getByRole('button', { name: 'Hide Kubernetes basics' }).click()
  await expect(editor(page).getByRole('button', { name: 'Show Kubernetes basics' })).toBeVisible()
  await editor(page).getByRole('button', { name: 'Done' }).click()
  await expect(page.getByRole('button', { name: 'Kubernetes basics', exact: true })).toHaveCount(0)
  await page.getByRole('link', { name: 'Dashboard' }).click()
  await expect(page.getByText('0 of 15 skills done')).toBeVisible()
  // Show it again: everything is back.
  await openEditor(page)
  await editor(page).getByRole('button', { name: 'Show Kubernetes basics' }).click()
  await editor(page).getByRole('button', { name: 'Done' }).click()
  await page.getByRole('button', { name: 'Kubernetes basics', exact: true }).click()
  await expect(page.getByRole('combobox', { name: 'Status of Kubernetes basics' })).toHaveValue('done')
  await expect(page.getByRole('textbox', { name: 'Notes', exact: true })).toHaveValue('Pods are the smallest unit.')
  expect(first.consoleErrors).toEqual([])
  await first.close()

  // Restart: all kept.
  const onDisk = JSON.parse(await readFile(join(dataDir, 'groundwork-data.json'), 'utf8')) as { curriculum: { skills: Array<{ id: string; title: string }> }; notes: Record<string, { skillId: string }> }
  const added = onDisk.curriculum.skills.find((s) => s.title === 'Kubernetes basics')
  expect(added?.id).toMatch(/^sk-/)
  expect(Object.values(onDisk.notes).map((n) => n.skillId)).toEqual([added?.id])
  const second = await launchApp({ dataDir })
  await second.page.getByRole('link', { name: 'Skills' }).click()
  await second.page.getByRole('button', { name: 'Kubernetes basics', exact: true }).click()
  await expect(second.page.getByRole('checkbox', { name: 'Pods and deployments' })).toBeChecked()
  await expect(second.page.getByRole('textbox', { name: 'Notes', exact: true })).toHaveValue('Pods are the smallest unit.')
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
  await editor(page).getByRole('button', { name: 'Delete Serverless architecture' }).click()
  const ask = page.getByRole('alertdialog', { name: 'Delete Serverless architecture?' })
  await expect(ask).toContainText('It holds 1 note')
  await ask.getByRole('button', { name: 'Move to the trash' }).click()
  await expect(editor(page).getByRole('textbox', { name: 'Name of Serverless architecture' })).toHaveCount(0)
  await editor(page).getByRole('button', { name: 'Restore Serverless architecture' }).click()
  await expect(editor(page).getByRole('textbox', { name: 'Name of Serverless architecture' })).toBeVisible()
  await editor(page).getByRole('button', { name: 'Done' }).click()
  await page.getByRole('button', { name: 'Serverless architecture', exact: true }).click()
  await expect(page.getByRole('textbox', { name: 'Notes', exact: true })).toHaveValue('Cold starts hurt.')
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
  await expect(page.getByRole('region', { name: 'Comparison table' }).getByRole('row', { name: /^Compare Axum\b/ })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Your ranking' }).getByText('Axum').first()).toBeVisible()
  expect(app.consoleErrors).toEqual([])
  await app.close()
})
