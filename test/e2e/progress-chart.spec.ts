import { expect, test } from '@playwright/test'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { launchApp, missingChromiumReason } from './harness'
import { SKILLS } from '../../src/shared/curriculum/skills'
import { addDays, systemTimeZone } from '../../src/shared/calendar/days'
import { TEST_NOW } from '../support/test-clock'
import { lastWeeks } from '../../src/shared/study/weekly'

test.skip(!!missingChromiumReason(), missingChromiumReason() ?? '')

interface FileShape {
  progressLog: Array<{ day: string; technical: number; soft: number }>
}

test('the Study log charts skill progress per category over the weeks, from the recorded history', async () => {
  const first = await launchApp()
  await first.page.getByRole('link', { name: 'Skills' }).click()
  const status = first.page.getByRole('combobox', { name: 'Status of Databases' })
  await status.selectOption({ label: 'Done' })
  await expect(status).toHaveValue('done')
  await first.close()

  // The status change wrote today's snapshot; add an older one, as if the learner had started three weeks ago.
  const path = join(first.dataDir, 'groundwork-data.json')
  const file = JSON.parse(await readFile(path, 'utf8')) as FileShape
  expect(file.progressLog).toHaveLength(1)
  const weeks = lastWeeks(TEST_NOW, systemTimeZone(), 8)
  file.progressLog.unshift({ day: addDays(weeks[4]!, 2), technical: 0.1, soft: 0.2 })
  await writeFile(path, JSON.stringify(file))

  const second = await launchApp({ dataDir: first.dataDir })
  const { page } = second
  await page.getByRole('link', { name: 'Study log' }).click()
  const table = page.getByRole('table', { name: 'Skill progress per category' })
  await expect(table.getByRole('columnheader')).toHaveText(['Week of', 'Technical skills (%)', 'Soft skills (%)'])
  const rows = table.getByRole('row')
  await expect(rows).toHaveCount(9)
  const today = String(Math.round((100 * 1) / SKILLS.filter((s) => s.category === 'technical').length))
  const expected = [
    ['0', '0'],
    ['0', '0'],
    ['0', '0'],
    ['0', '0'],
    ['10', '20'],
    ['10', '20'],
    ['10', '20'],
    [today, '0'],
  ]
  for (const [i, cells] of expected.entries()) await expect(rows.nth(i + 1).getByRole('cell')).toHaveText(cells)
  await expect(page.getByRole('img', { name: /Skill progress per category: line chart/ })).toBeVisible()

  // A change made now shows in the current week at once.
  await page.getByRole('link', { name: 'Skills' }).click()
  await page.getByRole('combobox', { name: 'Status of Communication' }).selectOption({ label: 'Done' })
  await page.getByRole('link', { name: 'Study log' }).click()
  const soft = String(Math.round(100 / SKILLS.filter((s) => s.category === 'soft').length))
  await expect(table.getByRole('row').last().getByRole('cell')).toHaveText([today, soft])
  const charts = page.getByRole('region', { name: 'Weekly progress' })
  await charts.scrollIntoViewIfNeeded()
  await charts.screenshot({ path: 'test-results/progress-chart.png' })
  await second.close()
})
