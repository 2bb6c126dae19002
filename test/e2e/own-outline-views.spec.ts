import { expect, test, type Page } from '@playwright/test'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { launchApp, missingChromiumReason, type LaunchedApp } from './harness'
import { VIEW_LABELS } from '../../src/renderer/src/components/shell/NavBar'

test.skip(!!missingChromiumReason(), missingChromiumReason() ?? '')

// An outline shaped like the public ones learners import: a title and an introduction, headings
// that hold no list at all, headings inside list items, checkboxes nested three deep, links, plain
// bullets and code, a thousand lines in all. Whatever it leaves (a category with no skill among
// them), every view must open, before and after a restart.

/** One section of the outline: a heading with skills, a heading with only prose, a list that carries its own headings. */
function section(n: number): string[] {
  return [
    `## Part ${n}: topics`,
    '',
    `Some words about part ${n}, with [a link](https://example.com/part-${n}).`,
    '',
    `### Reading list ${n}`,
    '',
    'Only prose here: no list follows this heading.',
    '',
    `### Skill ${n}a`,
    '',
    `- [ ] Topic ${n}.1`,
    `  - [ ] Detail ${n}.1.1`,
    `    - [x] Deeper ${n}.1.1.1`,
    `- [x] Topic ${n}.2 ([docs](https://example.com/docs/${n}))`,
    `- Plain bullet ${n}`,
    '',
    `- ### Skill ${n}b inside a list item`,
    `  - [ ] Topic ${n}b.1`,
    `  - [ ] Topic ${n}b.2`,
    '',
    '```',
    `- [ ] code ${n}, not a topic`,
    '```',
    '',
  ]
}

/** About a thousand lines: title, introduction, and sections until the count is reached. */
function outline(): string {
  const lines = [
    '# A study outline of my own',
    '',
    'An introduction that belongs to no skill.',
    '',
    '## Heading with nothing under it',
    '',
  ]
  for (let n = 1; lines.length < 1000; n += 1) lines.push(...section(n))
  return lines.join('\n')
}

const views = Object.values(VIEW_LABELS)

/** Opens every view from the navigation; none may show the error boundary, none may log an error. */
async function openEveryView(app: LaunchedApp, when: string): Promise<void> {
  for (const name of views) {
    await app.page.getByRole('navigation').getByRole('link', { name, exact: true }).click()
    await expect(app.page.getByRole('heading', { level: 1, name, exact: true })).toBeVisible()
    await expect(app.page.getByText('This view could not be shown'), `${name} ${when}`).toHaveCount(0)
  }
  expect(app.consoleErrors, `errors ${when}`).toEqual([])
}

/** A curriculum edit sent the way the renderer sends it: through window.api, the real router and its validation. */
async function editCurriculum(page: Page, edit: Record<string, unknown>): Promise<void> {
  const answer = await page.evaluate(async (request) => window.api.curriculum.edit(request as never), edit)
  expect(answer).toMatchObject({ ok: true })
}

test("an outline of one's own, with headings that hold no skill, leaves every view working, before and after a restart", async () => {
  test.setTimeout(180_000)
  const first = await launchApp()
  const file = join(first.dataDir, 'my-outline.md')
  await writeFile(file, outline())
  await first.page.getByRole('link', { name: 'Skills' }).click()
  await first.page.getByRole('button', { name: 'Edit curriculum' }).click()
  first.answerNextOpenDialog(file)
  const editor = first.page.getByRole('dialog', { name: 'Edit curriculum' })
  await editor.getByRole('button', { name: 'Import a pack or outline…' }).click()
  await first.page
    .getByRole('dialog', { name: 'Import my-outline.md?' })
    .getByRole('button', { name: 'Import into my curriculum' })
    .click()
  await expect(editor.getByRole('status').filter({ hasText: 'Imported my-outline.md.' })).toBeVisible()
  await editor.getByRole('button', { name: 'Done' }).click()
  await openEveryView(first, 'after the import')
  await first.close()

  const second = await launchApp({ dataDir: first.dataDir })
  await openEveryView(second, 'after a restart')
  // A category just added and not yet filled, and one whose every skill is hidden.
  await editCurriculum(second.page, { op: 'addCategory', title: 'Still empty' })
  const state = await second.page.evaluate(async () => window.api.app.getState())
  if (!state.ok) throw new Error(state.error.message)
  const soft = state.value.state.curriculum.skills.filter((skill) => skill.category === 'soft')
  expect(soft.length).toBeGreaterThan(0)
  for (const skill of soft) await editCurriculum(second.page, { op: 'hideSkill', skillId: skill.id, hidden: true })
  await second.close()

  const third = await launchApp({ dataDir: first.dataDir })
  await third.page.getByRole('link', { name: 'Skills' }).click()
  await expect(third.page.getByText('No skills in Still empty yet. Add one with Edit curriculum.')).toBeVisible()
  await expect(
    third.page.getByText(`All ${soft.length} of its skills are hidden. Show them again with Edit curriculum.`),
  ).toBeVisible()
  await openEveryView(third, 'with an empty category and a hidden one')
  await third.close()
})
