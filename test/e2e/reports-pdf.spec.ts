import { expect, test } from '@playwright/test'
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { launchApp, missingChromiumReason } from './harness'
import { seededState } from '../support/report-fixture'
import { SKILLS } from '../../src/shared/curriculum/skills'
import { formatDay } from '../../src/shared/calendar/format'
import { TEST_NOW, testDay } from '../support/test-clock'
import { levelReadiness } from '../../src/shared/levels/readiness'
import { percent } from '../../src/shared/skills/progress'
import { PAGE_MARGIN_MM } from '../../src/shared/report/html-style'
import { pageFills } from './pdf-pages'

test.skip(!!missingChromiumReason(), missingChromiumReason() ?? '')

const run = promisify(execFile)

test('a PDF report printed by Chromium holds every skill and the figures', async () => {
  // A learner part way through, on disk before the app starts.
  const dataDir = await mkdtemp(join(tmpdir(), 'groundwork-e2e-'))
  await writeFile(join(dataDir, 'groundwork-data.json'), JSON.stringify(seededState()))
  const app = await launchApp({ dataDir })
  const { page } = app

  // One more change through the UI, so the report reflects live data too.
  await page.getByRole('link', { name: 'Skills' }).click()
  await page.getByRole('combobox', { name: 'Status of Testing and debugging' }).selectOption({ label: 'Done' })
  // Levels, framework marks, study time and evidence through the real channels.
  // The harness starts the app's clock at TEST_NOW; the seeded notes were edited five days before.
  const now = TEST_NOW
  const target = testDay(30)
  const seeded = await page.evaluate(
    async ({ target, start, old }) => {
      const api = window.api
      const ok = <T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
        if (!result.ok) throw new Error(result.error.message)
        return result.value
      }
      ok(
        await api.levels.addGoal({
          level: 'entry',
          title: 'Run a study group <i>weekly</i>',
          skillIds: ['communication'],
        }),
      )
      ok(await api.levels.setGoalDone({ level: 'entry', goalId: 'entry-one-language', done: true }))
      ok(await api.levels.setTargetDate({ level: 'entry', date: target }))
      ok(await api.frameworks.setMark({ frameworkId: 'django', mark: 'used' }))
      ok(await api.frameworks.setMark({ frameworkId: 'flask', mark: 'learning' }))
      ok(await api.study.log({ skillId: 'databases', start, minutes: 47 }))
      ok(await api.study.log({ skillId: 'apis', start: old, minutes: 90 }))
      ok(
        await api.evidence.add({
          skillId: 'databases',
          url: 'https://github.com/learner/shop-db',
          title: 'Shop database <b>schema</b>',
          kind: 'repo',
        }),
      )
      return ok(await api.app.getState()).state
    },
    { target, start: now.toISOString(), old: '2025-01-06T10:00:00.000Z' },
  )
  const entry = levelReadiness(seeded.curriculum, 'entry', seeded.levels, seeded.skills)
  const readyText = `Entry level: ${percent(entry.fraction)}% ready`
  console.log(
    `reports: entry readiness ${percent(entry.fraction)}% (${entry.doneGoals} of ${entry.totalGoals} goals), target ${target}`,
  )

  await page.getByRole('link', { name: 'Reports' }).click()
  const preview = page.getByRole('article', { name: 'Report preview' })
  await expect(preview.getByRole('region', { name: 'Overall progress' })).toContainText('24%')
  // A range from a week ago keeps this week's study and leaves out the old session.
  await page.getByRole('textbox', { name: 'From', exact: true }).fill(testDay(-7))
  await expect(preview.getByRole('region', { name: 'Study activity' })).toContainText('Total: 47 min over 1 day.')
  await expect(preview.getByRole('region', { name: 'Study activity' })).not.toContainText('APIs')
  await expect(preview.getByRole('region', { name: 'Level readiness and goals' })).toContainText(
    `${readyText} (current level)`,
  )
  await expect(preview.getByRole('region', { name: 'Level readiness and goals' })).toContainText('30 days left')
  await expect(preview.getByRole('region', { name: 'Level readiness and goals' })).toContainText(
    'Run a study group <i>weekly</i> (your own goal)',
  )
  await expect(
    preview.getByRole('region', { name: 'Frameworks' }).getByRole('row', { name: 'Django Used' }),
  ).toBeVisible()
  await expect(preview.getByRole('region', { name: 'Evidence' })).toContainText(
    'Shop database <b>schema</b> https://github.com/learner/shop-db',
  )
  await page.getByRole('radio', { name: 'In full' }).check()
  // In full, the note is rendered Markdown: its "# ..." sits below the note's own heading, its
  // code block is code (no fence left), its raw HTML is text (an excerpt is one line).
  const notes = preview.getByRole('region', { name: 'Notes' })
  await expect(notes.getByRole('heading', { name: 'Not a heading of the report', level: 6 })).toBeVisible()
  await expect.poll(() => notes.innerText()).toContain('const x = `tick` // a fence inside\n')
  expect(await notes.innerText()).not.toContain('```')
  await expect(notes).toContainText('<script>alert("x")</script> & <b>bold</b>')
  await page.setViewportSize({ width: 1280, height: 1700 })
  await page.screenshot({ path: 'test-results/reports-view.png' })
  await preview
    .getByRole('region', { name: 'Level readiness and goals' })
    .screenshot({ path: 'test-results/reports-preview-levels.png' })
  await preview
    .getByRole('region', { name: 'Study activity' })
    .screenshot({ path: 'test-results/reports-preview-activity.png' })

  // The web page: the evidence is a real link, the title plain text.
  await page.getByRole('button', { name: 'Export HTML' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Saved to' })).toContainText('.html')
  const html = await readFile(join(dataDir, 'exports', `groundwork-report-${testDay()}.html`), 'utf8')
  expect(html).toContain(
    '<a href="https://github.com/learner/shop-db" rel="noopener noreferrer">Shop database &lt;b&gt;schema&lt;/b&gt;',
  )
  expect(html).toContain(`<h3>${readyText} <small>(current level)</small></h3>`)

  await page.getByRole('button', { name: 'Export PDF' }).click()
  const status = page.getByRole('status').filter({ hasText: 'Saved to' })
  const expected = join(dataDir, 'exports', `groundwork-report-${testDay()}.pdf`)
  await expect(status).toContainText(expected)
  await status.getByRole('button', { name: 'Show in folder' }).click()
  await expect.poll(() => app.shownInFolder).toEqual([expected])
  expect((await readFile(expected)).subarray(0, 5).toString()).toBe('%PDF-')

  const { stdout: text } = await run('pdftotext', ['-layout', expected, '-'])
  const flat = text.replace(/\s+/g, ' ')
  expect(flat).toContain('Groundwork progress report')
  // Main formats in the OS locale, as this process does.
  expect(flat).toContain(`Generated on ${formatDay(testDay())}`)
  for (const skill of SKILLS) expect(flat).toContain(skill.title)
  expect(flat).toMatch(/24% complete: 3 of 15 skills done/)
  expect(flat).toMatch(/Databases Technical skills Learning 43% 3\/5/)
  expect(flat).toMatch(/Testing and debugging Technical skills Done 100%/)
  expect(flat).toContain('<script>alert("x")</script>')
  expect(flat).toMatch(/Page 1 of \d/)
  // The parts other features feed: readiness, target date, marks, study minutes, evidence.
  expect(flat).toContain(`${readyText} (current level)`)
  expect(flat).toContain(`Target date ${formatDay(target)} (30 days left)`)
  expect(flat).toContain('Run a study group <i>weekly</i> (your own goal)')
  expect(flat).toMatch(/Django Used/)
  expect(flat).toMatch(/Flask Learning/)
  expect(flat).toContain('Total: 47 min over 1 day.')
  expect(flat).toMatch(/Databases 47 min/)
  expect(flat).not.toMatch(/APIs 1 h 30 min/)
  expect(flat).toContain('Shop database <b>schema</b> https://github.com/learner/shop-db')
  const { stdout: info } = await run('pdfinfo', [expected])
  expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeGreaterThanOrEqual(3)
  // Laid out without half-empty pages: every page but the last is at least 60% full, and the
  // last is more than a couple of stray lines.
  const mm = 72 / 25.4
  const fills = await pageFills(expected, { top: PAGE_MARGIN_MM.top * mm, bottom: PAGE_MARGIN_MM.bottom * mm })
  console.log(`reports: pdf pages ${fills.map((p) => `${Math.round(p.fill * 100)}% (${p.lines} lines)`).join(', ')}`)
  fills
    .slice(0, -1)
    .forEach((p, i) =>
      expect(p.fill, `page ${i + 1} of ${fills.length} is ${Math.round(p.fill * 100)}% full`).toBeGreaterThanOrEqual(
        0.6,
      ),
    )
  expect(fills.at(-1)?.lines, 'lines on the last page').toBeGreaterThan(2)
  await run('pdftoppm', ['-png', '-r', '60', expected, 'test-results/report-pdf'])
  // The preview draws with React style props, which the strict CSP allows; nothing was blocked.
  expect(app.consoleErrors.filter((m) => /Content Security Policy/i.test(m))).toEqual([])
  await app.close()
})
