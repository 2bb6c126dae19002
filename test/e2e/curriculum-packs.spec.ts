import { expect, test, type Page } from '@playwright/test'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { launchApp, missingChromiumReason, type LaunchedApp } from './harness'
import { expectNoteText, showTab } from './note-text'
import { describeViolations, seriousViolations } from './axe'
import { SHIPPED_PACKS } from '../../src/shared/curriculum/packs'

test.skip(!!missingChromiumReason(), missingChromiumReason() ?? '')

const editor = (page: Page) => page.getByRole('dialog', { name: 'Edit curriculum' })
const preview = (page: Page, name: RegExp | string) => page.getByRole('dialog', { name })

const OUTLINE_V1 = [
  '# DevOps roadmap',
  '',
  'My own list, with some notes that are not skills.',
  '',
  '## Containers',
  '',
  '### Docker',
  '',
  'Packing an app with everything it needs.',
  '',
  '- [ ] Images and layers',
  '  - [Docker docs](https://docs.docker.com/get-started/)',
  '- [ ] Compose files',
  '',
  '```yaml',
  '- [ ] not a sub-topic: this is code',
  '```',
  '',
  '## Delivery',
  '',
  '### CI',
  '',
  '- [ ] Pipelines',
  '- [ ] `cache` keys',
  '',
].join('\n')

// The next version: Docker renamed (by case), a sub-topic added, one box ticked, a new skill.
const OUTLINE_V2 = OUTLINE_V1.replace('### Docker', '### docker')
  .replace('- [ ] Images and layers', '- [x] Images and layers')
  .replace('- [ ] Compose files', '- [ ] Compose files\n- [ ] Volumes')
  .concat('\n### Kubernetes\n\n- [ ] Pods\n')

/** Answers the next open dialog with `path` and presses the editor's import button. */
async function importOutline(app: LaunchedApp, path: string): Promise<void> {
  app.answerNextOpenDialog(path)
  await editor(app.page).getByRole('button', { name: 'Import a pack or outline…' }).click()
}

test('an outline imports after a preview, its next version updates it in place, and a restart keeps all without duplicates', async () => {
  const first = await launchApp()
  const { page, dataDir } = first
  const v1 = join(dataDir, 'devops.md')
  const v2 = join(dataDir, 'devops-v2.md')
  await writeFile(v1, OUTLINE_V1)
  await writeFile(v2, OUTLINE_V2)

  await page.getByRole('link', { name: 'Skills' }).click()
  await page.getByRole('button', { name: 'Edit curriculum' }).click()
  await importOutline(first, v1)
  const firstPreview = preview(page, 'Import devops.md?')
  await expect(firstPreview).toBeVisible()
  await expect(firstPreview.getByRole('row', { name: /^Skills/ })).toContainText('2')
  await expect(firstPreview.getByRole('region', { name: 'Skills to add' })).toContainText('Docker')
  await expect(firstPreview.getByRole('region', { name: 'Skills to add' })).toContainText('CI')
  await expect(firstPreview.getByRole('region', { name: 'Left out' })).toContainText('Code blocks (1)')
  // Nothing is written before the learner confirms.
  expect(await readFile(join(dataDir, 'groundwork-data.json'), 'utf8').catch(() => '')).not.toContain('Compose files')
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme })
    expect(describeViolations(await seriousViolations(page)), `the import preview, ${colorScheme}`).toEqual([])
  }
  await firstPreview.getByRole('button', { name: 'Import into my curriculum' }).click()
  await expect(firstPreview).toHaveCount(0)
  await expect(editor(page).getByRole('status').filter({ hasText: 'Imported devops.md.' })).toBeVisible()
  await expect(editor(page).getByRole('region', { name: 'Containers' })).toBeVisible()
  await editor(page).getByRole('button', { name: 'Done' }).click()

  // The skill is in the checklist with its sub-topics and their link, opened through the OS browser.
  await page.getByRole('button', { name: 'Docker', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Docker', level: 2 })).toBeVisible()
  await page.getByRole('tab', { name: 'Sub-topics and progress' }).click()
  await expect(page.getByText('Packing an app with everything it needs.')).toBeVisible()
  await page
    .getByRole('list', { name: 'Links for Images and layers' })
    .getByRole('link', { name: 'Docker docs' })
    .click()
  await expect.poll(() => first.openedExternally).toEqual(['https://docs.docker.com/get-started/'])
  await page.getByRole('checkbox', { name: 'Compose files' }).check()
  await showTab(page, 'notes')
  await page.getByRole('textbox', { name: 'Notes', exact: true }).fill('Layers are cached in order.')
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible()

  // The next version: a preview of the rename, the additions and the tick.
  await page.getByRole('button', { name: 'Edit curriculum' }).click()
  await importOutline(first, v2)
  const second = preview(page, 'Import devops-v2.md?')
  await expect(second.getByRole('region', { name: 'Skills renamed' })).toContainText('Docker → docker')
  await expect(second.getByRole('region', { name: 'Skills to add' })).toContainText('Kubernetes')
  await expect(second.getByRole('region', { name: 'Sub-topics to add' })).toContainText('docker: Volumes')
  await expect(second).toContainText('One sub-topic is ticked off')
  await second.getByRole('button', { name: 'Import into my curriculum' }).click()
  await expect(second).toHaveCount(0)

  // Export one category as an outline: the ticks and links go with it.
  await editor(page).getByRole('button', { name: 'Export as a pack or outline…' }).click()
  const exporting = page.getByRole('dialog', { name: 'Export the curriculum' })
  await exporting.getByRole('radio', { name: /A Markdown outline/ }).check()
  await exporting.getByRole('radio', { name: 'Chosen categories and skills' }).check()
  await exporting.getByRole('checkbox', { name: 'Containers (all of it)' }).check()
  await exporting.getByRole('button', { name: 'Save…' }).click()
  await expect(exporting).toHaveCount(0)
  const outline = await readFile(join(dataDir, 'exports', 'my-curriculum.md'), 'utf8')
  expect(outline).toMatch(/^# Containers \{#[^}]+\}\n\n## docker \{#/)
  expect(outline).toContain('- [x] Images and layers')
  expect(outline).toContain('  - [Docker docs](<https://docs.docker.com/get-started/>)')
  expect(outline).not.toContain('CI')
  await expect(editor(page).getByText(join(dataDir, 'exports', 'my-curriculum.md'))).toBeVisible()
  await editor(page).getByRole('button', { name: 'Done' }).click()
  expect(first.consoleErrors).toEqual([])
  await first.close()

  // Restart: all kept, nothing twice.
  const again = await launchApp({ dataDir })
  await again.page.getByRole('link', { name: 'Skills' }).click()
  await expect(again.page.getByRole('button', { name: /^docker$/i })).toHaveCount(1)
  await expect(again.page.getByRole('button', { name: 'CI', exact: true })).toHaveCount(1)
  await again.page.getByRole('button', { name: 'docker', exact: true }).click()
  await showTab(again.page, 'progress')
  await expect(again.page.getByRole('checkbox', { name: 'Images and layers' })).toBeChecked()
  await expect(again.page.getByRole('checkbox', { name: 'Compose files' })).toBeChecked()
  await expect(again.page.getByRole('checkbox', { name: 'Volumes' })).not.toBeChecked()
  await expect(again.page.getByRole('checkbox')).toHaveCount(3)
  await showTab(again.page, 'notes')
  await expectNoteText(again.page, 'Layers are cached in order.')
  await again.page.getByRole('button', { name: 'Kubernetes', exact: true }).click()
  await showTab(again.page, 'progress')
  await expect(again.page.getByRole('checkbox', { name: 'Pods' })).toBeVisible()
  await again.close()
})

test('a bad file is refused with a clear message and changes nothing, and markup in titles stays text', async () => {
  const app = await launchApp()
  const { page, dataDir } = app
  const bad = join(dataDir, 'newer.json')
  await writeFile(
    bad,
    JSON.stringify({
      format: 'groundwork-curriculum-pack',
      formatVersion: 9,
      id: 'x',
      title: 'X',
      packVersion: 1,
      categories: [],
      skills: [],
    }),
  )
  await page.getByRole('link', { name: 'Skills' }).click()
  await page.getByRole('button', { name: 'Edit curriculum' }).click()
  await importOutline(app, bad)
  await expect(editor(page).getByRole('alert')).toContainText('made for a newer Groundwork')
  await expect(page.getByRole('dialog', { name: /^Import/ })).toHaveCount(0)

  // Titles full of markup are kept, and shown, as the text they are.
  const markup = join(dataDir, 'markup.md')
  await writeFile(
    markup,
    '## <img src=x onerror="window.__packXss=1"> Sneaky\n\n- [ ] <script>window.__packXss=2</script> topic\n',
  )
  await importOutline(app, markup)
  const shown = preview(page, 'Import markup.md?')
  await expect(shown.getByRole('region', { name: 'Skills to add' })).toContainText(
    '<img src=x onerror="window.__packXss=1"> Sneaky',
  )
  await shown.getByRole('button', { name: 'Import into my curriculum' }).click()
  await editor(page).getByRole('button', { name: 'Done' }).click()
  await page.getByRole('button', { name: '<img src=x onerror="window.__packXss=1"> Sneaky', exact: true }).click()
  await showTab(page, 'progress')
  await expect(page.getByRole('checkbox', { name: '<script>window.__packXss=2</script> topic' })).toBeVisible()
  expect(await page.evaluate(() => (window as unknown as { __packXss?: number }).__packXss)).toBeUndefined()
  await app.close()
})

test('the first start asks what the learner is learning: the backend curriculum is always there, a shipped pack can be added, and the answer is kept', async () => {
  const app = await launchApp()
  const { page, dataDir } = app
  const chooser = page.getByRole('region', { name: 'What are you learning?' })
  await expect(chooser).toBeVisible()
  await expect(chooser.getByRole('list', { name: 'Included' })).toContainText('Backend development')
  const pack = SHIPPED_PACKS[0]
  if (pack) {
    await chooser.getByRole('button', { name: `Add ${pack.title}` }).click()
    await expect(chooser.getByRole('status')).toHaveText(`Added ${pack.title}.`)
    await expect(chooser.getByRole('button', { name: `Add ${pack.title}` })).toHaveCount(0)
    await expect(chooser.getByText('Added', { exact: true })).toBeVisible()
    await chooser.getByRole('button', { name: 'Start learning' }).click()
  } else {
    await chooser.getByRole('button', { name: 'Start with backend development' }).click()
  }
  await expect(chooser).toHaveCount(0)
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme })
    expect(
      describeViolations(await seriousViolations(page)),
      `the Dashboard after the chooser, ${colorScheme}`,
    ).toEqual([])
  }
  await app.close()

  const again = await launchApp({ dataDir })
  await expect(again.page.getByRole('heading', { name: 'Welcome! Here is where to begin' })).toBeVisible()
  await expect(again.page.getByRole('region', { name: 'What are you learning?' })).toHaveCount(0)
  if (pack) {
    await again.page.getByRole('link', { name: 'Skills' }).click()
    await expect(again.page.getByRole('button', { name: pack.skills[0]!.title, exact: true })).toBeVisible()
  }
  // Later, from the palette: "Add a curriculum pack" opens the editor at its packs, and a pack is added after its preview.
  const later = SHIPPED_PACKS[1]
  if (later) {
    await again.page.keyboard.press('Control+K')
    await expect(again.page.getByRole('combobox', { name: 'Search commands' })).toBeFocused()
    await again.page.keyboard.type('Add a curriculum pack')
    await again.page.keyboard.press('Enter')
    const add = editor(again.page).getByRole('button', { name: 'Add a pack' })
    await expect(add).toBeFocused()
    await expect(add).toHaveAttribute('aria-expanded', 'true')
    await editor(again.page)
      .getByRole('button', { name: `Add ${later.title}`, exact: true })
      .click()
    const laterPreview = preview(again.page, `Add ${later.title}?`)
    await expect(laterPreview.getByRole('region', { name: 'Skills to add' })).toContainText(later.skills[0]!.title)
    await laterPreview.getByRole('button', { name: 'Add to my curriculum' }).click()
    await expect(
      editor(again.page)
        .getByRole('status')
        .filter({ hasText: `Added ${later.title}.` }),
    ).toBeVisible()
    await expect(editor(again.page).getByRole('region', { name: later.categories[0]!.title })).toBeVisible()
  }
  expect(again.consoleErrors).toEqual([])
  await again.close()
})
