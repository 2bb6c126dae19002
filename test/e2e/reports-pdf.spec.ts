import { expect, test } from '@playwright/test'
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { launchApp, missingChromiumReason } from './harness'
import { seededState } from '../support/report-fixture'
import { SKILLS } from '../../src/shared/curriculum/skills'
import { localDay } from '../../src/shared/report/defaults'
import { longDate } from '../../src/shared/report/model'

test.skip(!!missingChromiumReason(), missingChromiumReason() ?? '')

const run = promisify(execFile)

test('a PDF report printed by Chromium holds every skill and the figures', async () => {
  // A learner part way through, on disk before the app starts.
  const dataDir = await mkdtemp(join(tmpdir(), 'groundwork-e2e-'))
  await writeFile(join(dataDir, 'groundwork-data.json'), JSON.stringify(seededState()))
  const app = await launchApp({ dataDir })
  const { page } = app

  // One more change through the UI, so the report reflects live data too.
  await page.getByRole('combobox', { name: 'Status of Testing and debugging' }).selectOption({ label: 'Done' })
  await page.getByRole('link', { name: 'Reports' }).click()
  const preview = page.getByRole('article', { name: 'Report preview' })
  await expect(preview.getByRole('region', { name: 'Overall progress' })).toContainText('24%')
  await page.getByRole('radio', { name: 'In full' }).check()
  // In full, the note keeps its own line breaks (an excerpt is one line).
  await expect.poll(() => preview.getByRole('region', { name: 'Notes' }).innerText()).toContain('```js\nconst x = `tick`')
  await page.setViewportSize({ width: 1280, height: 1700 })
  await page.screenshot({ path: 'test-results/reports-view.png' })

  await page.getByRole('button', { name: 'Export PDF' }).click()
  const status = page.getByRole('status').filter({ hasText: 'Saved to' })
  const expected = join(dataDir, 'exports', `groundwork-report-${localDay(new Date())}.pdf`)
  await expect(status).toContainText(expected)
  await status.getByRole('button', { name: 'Show in folder' }).click()
  await expect.poll(() => app.shownInFolder).toEqual([expected])
  expect((await readFile(expected)).subarray(0, 5).toString()).toBe('%PDF-')

  const { stdout: text } = await run('pdftotext', ['-layout', expected, '-'])
  const flat = text.replace(/\s+/g, ' ')
  expect(flat).toContain('Groundwork progress report')
  expect(flat).toContain(longDate(new Date()))
  for (const skill of SKILLS) expect(flat).toContain(skill.title)
  expect(flat).toMatch(/24% complete: 3 of 15 skills done/)
  expect(flat).toMatch(/Databases Technical skills Learning 43% 3\/5/)
  expect(flat).toMatch(/Testing and debugging Technical skills Done 100%/)
  expect(flat).toContain('<script>alert("x")</script>')
  expect(flat).toMatch(/Page 1 of \d/)
  const { stdout: info } = await run('pdfinfo', [expected])
  expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeGreaterThanOrEqual(3)
  await run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '3', expected, 'test-results/report-pdf'])
  // The preview draws with React style props, which the strict CSP allows; nothing was blocked.
  expect(app.consoleErrors.filter((m) => /Content Security Policy/i.test(m))).toEqual([])
  await app.close()
})
