import { expect, test } from '@playwright/test'
import { launchApp, missingChromiumReason } from './harness'
import { describeViolations, seriousViolations } from './axe'
import { SCHEMES, SIZES } from './looks'
import { SHIPPED_PACKS } from '../../src/shared/curriculum/packs'

test.skip(!!missingChromiumReason(), missingChromiumReason() ?? '')

/** Where the looks of this spec are kept, for a person to judge (SHOTS_DIR overrides). */
const SHOTS = process.env.SHOTS_DIR ?? 'test-results'

test("time logged on a pack's skill shows in the weekly chart under the pack's category, in light and dark", async () => {
  const pack = SHIPPED_PACKS.find((p) => p.id === 'system-design')
  test.skip(!pack, 'the system design pack is not shipped in this build')
  const category = pack!.categories[0]!
  const skill = pack!.skills.find((s) => s.category === category.id)!
  // launchApp fixes both clocks at TEST_NOW, so "this week" is the same week on every run.
  const app = await launchApp()
  const { page } = app
  const chooser = page.getByRole('region', { name: 'What are you learning?' })
  await chooser.getByRole('button', { name: `Add ${pack!.title}` }).click()
  await expect(chooser.getByRole('status')).toHaveText(`Added ${pack!.title}.`)
  await chooser.getByRole('button', { name: 'Start learning' }).click()

  await page.getByRole('link', { name: 'Study log' }).click()
  const form = page.getByRole('form', { name: 'Log time by hand' })
  await form.getByRole('combobox', { name: 'Skill' }).selectOption({ label: skill.title })
  await form.getByRole('spinbutton', { name: 'Minutes' }).fill('40')
  await form.getByRole('button', { name: 'Log time' }).click()
  await expect(form.getByRole('status')).toContainText('Logged 40 minutes')
  await form.getByRole('combobox', { name: 'Skill' }).selectOption({ label: 'APIs' })
  await form.getByRole('spinbutton', { name: 'Minutes' }).fill('25')
  await form.getByRole('button', { name: 'Log time' }).click()
  await expect(form.getByRole('status')).toContainText('Logged 25 minutes')

  // A timer stopped after a moment is logged as the short run it was, not as "0 min".
  const timer = page.getByRole('region', { name: 'Study timer' })
  await timer.getByRole('combobox', { name: 'Skill' }).selectOption({ label: skill.title })
  await timer.getByRole('button', { name: 'Start timer' }).click()
  // Stopped once the clock shows a few seconds: a real run, far under a minute.
  await expect(timer.getByLabel('Elapsed time')).toHaveText(/^0:00:0[2-9]/, { timeout: 15_000 })
  await timer.getByRole('button', { name: 'Stop timer' }).click()
  await expect(timer.getByRole('status')).toContainText(`Timer stopped on ${skill.title}`)
  const shortRun = page.getByRole('region', { name: 'Recent sessions' }).getByRole('row').filter({ hasText: 'Timer' })
  await expect(shortRun).toContainText('under 1 min')
  await expect(
    shortRun.getByRole('button', { name: new RegExp(`^Remove under 1 min of ${skill.title}`) }),
  ).toBeVisible()

  const table = page.getByRole('table', { name: 'Minutes studied per week' })
  await expect(table.getByRole('columnheader')).toHaveText([
    'Week of',
    'Technical skills (minutes)',
    `${category.title} (minutes)`,
  ])
  // The pack's column holds the 40 minutes by hand and the moment on the timer (0 or 0.1 to the tenth).
  await expect(table.getByRole('row').last().getByRole('cell')).toHaveText(['25', /^40(\.1)?$/])
  const chart = page.getByRole('img', { name: /Minutes studied per week: bar chart/ })
  await expect(chart).toBeVisible()

  const charts = page.getByRole('region', { name: 'Weekly progress' })
  for (const scheme of SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme })
    // The chart reads its colours again when the scheme changes: the legend text takes the theme's text colour.
    const text = await page.evaluate(() => getComputedStyle(document.body).color)
    await expect.poll(() => page.evaluate(() => document.querySelector('canvas')?.dataset.ink)).toBe(text)
    expect(describeViolations(await seriousViolations(page)), scheme).toEqual([])
    for (const size of SIZES) {
      await page.setViewportSize(size)
      await charts.scrollIntoViewIfNeeded()
      await page.screenshot({ path: `${SHOTS}/study-log-${size.width}x${size.height}-${scheme}.png` })
    }
  }
  // A theme picked in the app (not the OS) reaches the chart too, once <html> carries it.
  await page.emulateMedia({ colorScheme: 'light' })
  // Picked from the palette, so the chart stays on screen while the theme changes.
  await page.keyboard.press('Control+K')
  await expect(page.getByRole('combobox', { name: 'Search commands' })).toBeFocused()
  await page.keyboard.type('use the dark theme')
  await expect(page.getByRole('option', { name: 'Use the dark theme' })).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('Enter')
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark')
  const dark = await page.evaluate(() => getComputedStyle(document.body).color)
  // --text of the dark theme (#e8eaef), whatever the OS says.
  expect(dark).toBe('rgb(232, 234, 239)')
  await expect.poll(() => page.evaluate(() => document.querySelector('canvas')?.dataset.ink)).toBe(dark)

  await page.getByRole('link', { name: 'Dashboard' }).click()
  // The Dashboard's week counts the pack's time too.
  await expect(page.getByRole('region', { name: 'This week' }).locator('.dash-figure')).toHaveText('1 h 5 min')
  expect(app.consoleErrors).toEqual([])
  await app.close()
})
