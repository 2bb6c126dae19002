import { expect, test, type Locator, type Page } from '@playwright/test'
import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { launchApp, missingChromiumReason } from './harness'
import { SCHEMES, SIZES } from './looks'
import { seededState } from '../support/report-fixture'
import { testDay } from '../support/test-clock'
import { BUILT_IN_LINKS } from '../../src/shared/curriculum/builtin-links'

test.skip(!!missingChromiumReason(), missingChromiumReason() ?? '')

const run = promisify(execFile)
const SHOTS = '/tmp/h-exports-links-shots'

/** A note as a learner writes one: a heading, links to other notes, review-card lines of both forms. */
const NOTE = [
  '# Isolation levels',
  '',
  'Read [[Transactions]] first, then [[query-plans|reading query plans]].',
  '',
  'What does READ COMMITTED prevent? :: Dirty reads',
  'Which level stops phantom reads ::',
  'Serializable, at a cost in retries.',
].join('\n')

/** Screenshots at every size and scheme, with `focus` (if given) brought into view after each resize. */
async function shoot(page: Page, name: string, focus?: Locator): Promise<void> {
  for (const size of SIZES) {
    await page.setViewportSize(size)
    await focus?.scrollIntoViewIfNeeded()
    for (const colorScheme of SCHEMES) {
      await page.emulateMedia({ colorScheme })
      await page.screenshot({ path: join(SHOTS, `${name}-${size.width}x${size.height}-${colorScheme}.png`) })
    }
  }
  await page.emulateMedia({ colorScheme: 'light' })
}

test('reports show notes as formatted text and fold sub-topics not started, in the preview, the HTML and the PDF', async () => {
  await mkdir(SHOTS, { recursive: true })
  const dataDir = await mkdtemp(join(tmpdir(), 'groundwork-e2e-'))
  const state = seededState()
  // Edited yesterday, so the note is the first of the notes section.
  state.notes.isolation = {
    id: 'isolation',
    skillId: 'databases',
    title: 'Isolation',
    body: NOTE,
    createdAt: `${testDay(-1)}T08:00:00.000Z`,
    updatedAt: `${testDay(-1)}T08:00:00.000Z`,
  }
  await writeFile(join(dataDir, 'groundwork-data.json'), JSON.stringify(state))
  const app = await launchApp({ dataDir })
  const { page } = app

  await page.getByRole('link', { name: 'Reports' }).click()
  const preview = page.getByRole('article', { name: 'Report preview' })
  const notes = preview.getByRole('region', { name: 'Notes' })
  const note = notes.getByRole('article').filter({ hasText: 'Databases: Isolation' }).first()
  // The excerpt reads as the note does: a heading, link names, a question and its answer.
  await expect(note.getByRole('heading', { name: 'Isolation levels' })).toBeVisible()
  await expect(note).toContainText('Read Transactions first, then reading query plans.')
  await expect(note.getByText('Question:', { exact: true }).first()).toBeVisible()
  expect((await note.innerText()).replace(/\s+/g, ' ')).toContain(
    'Question: Which level stops phantom reads Answer: Serializable, at a cost in retries.',
  )
  expect(await note.innerText()).not.toMatch(/\[\[|#|\s::\s/)
  // Sub-topics not started are a count; the option lists them again.
  const skills = preview.getByRole('region', { name: 'Skills' })
  await expect(skills).toContainText('4 sub-topics not started')
  await expect(skills).toContainText(
    '63 sub-topics not started in 13 skills with nothing ticked yet: APIs, Security awareness',
  )
  await expect(skills.getByText('Transactions and ACID guarantees')).toHaveCount(0)
  const listAll = page.getByRole('checkbox', { name: /List sub-topics not started/ })
  await expect(listAll).not.toBeChecked()
  await listAll.check()
  await expect(skills.getByText('Transactions and ACID guarantees')).toBeVisible()
  await expect(skills).not.toContainText('sub-topics not started')
  await listAll.uncheck()
  await expect(skills).toContainText('4 sub-topics not started')
  // Switching sub-topics off greys the option out.
  await page.getByRole('checkbox', { name: 'Sub-topics', exact: true }).uncheck()
  await expect(listAll).toBeDisabled()
  await page.getByRole('checkbox', { name: 'Sub-topics', exact: true }).check()
  await shoot(page, 'reports-preview', note)

  await page.getByRole('button', { name: 'Export HTML' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Saved to' })).toContainText('.html')
  const html = await readFile(join(dataDir, 'exports', `groundwork-report-${testDay()}.html`), 'utf8')
  expect(html).toContain('<strong>Question:</strong> What does READ COMMITTED prevent?<br/>')
  expect(html).toContain('<span class="inert-link">reading query plans</span>')
  expect(html).not.toContain('[[')
  expect(html).toContain('<p class="report-meta">4 sub-topics not started</p>')

  await page.getByRole('button', { name: 'Export PDF' }).click()
  const pdf = join(dataDir, 'exports', `groundwork-report-${testDay()}.pdf`)
  await expect(page.getByRole('status').filter({ hasText: 'Saved to' })).toContainText(pdf)
  const { stdout: text } = await run('pdftotext', ['-layout', pdf, '-'])
  const flat = text.replace(/\s+/g, ' ')
  expect(flat).toContain('Isolation levels')
  expect(flat).toContain('Read Transactions first, then reading query plans.')
  expect(flat).toContain('Question: What does READ COMMITTED prevent? Answer: Dirty reads')
  expect(flat).toContain('Question: Which level stops phantom reads Answer: Serializable, at a cost in retries.')
  expect(flat).not.toMatch(/\[\[|# Isolation| :: /)
  expect(flat).toContain('4 sub-topics not started')
  expect(flat).toContain('63 sub-topics not started in 13 skills with nothing ticked yet')
  expect(flat).not.toContain('Transactions and ACID guarantees')
  // Every page as a picture to look at.
  await run('pdftoppm', ['-png', '-r', '60', pdf, join(SHOTS, 'report-pdf-page')])
  await app.close()
})

test('the Skills view shows the built-in sub-topics’ links and opens them in the browser', async () => {
  await mkdir(SHOTS, { recursive: true })
  const app = await launchApp()
  const { page } = app
  await page.getByRole('link', { name: 'Skills' }).click()
  await page.getByRole('button', { name: 'Databases', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Databases', level: 2 })).toBeVisible()
  await page.getByRole('tab', { name: 'Sub-topics and progress' }).click()
  const links = page.getByRole('list', { name: 'Links for Indexes and why queries get slow' })
  const indexes = BUILT_IN_LINKS.databases?.indexes?.[0]
  if (!indexes) throw new Error('no built-in link for indexes')
  await links.getByRole('link', { name: indexes.title }).click()
  await expect.poll(() => app.openedExternally).toEqual([indexes.url])
  await shoot(
    page,
    'skills-links',
    page.getByRole('checkbox', { name: 'Relational tables and SQL (PostgreSQL, MySQL)' }),
  )
  await app.close()
})
