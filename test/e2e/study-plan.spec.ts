import { expect, test, type Page } from '@playwright/test'
import { mkdir } from 'node:fs/promises'
import { launchApp, missingChromiumReason } from './harness'
import { describeViolations, seriousViolations } from './axe'
import { SCHEMES, SIZES } from './looks'
import { TEST_NOW, testDay } from '../support/test-clock'
import { seededDataDir, studyLoopState } from '../support/study-loop-fixture'

test.skip(!!missingChromiumReason(), missingChromiumReason() ?? '')

/** Where the looks are saved to be judged by eye. */
const SHOTS = '/tmp/plan-ui-shots'

const DAY_MS = 86_400_000

/** Nothing sticks out sideways in the content, and the navigation column fits the window. */
async function expectNothingCutOff(page: Page): Promise<void> {
  const sizes = await page.evaluate(() => {
    const main = document.querySelector('main') as HTMLElement
    const nav = document.querySelector('nav') as HTMLElement
    return { mainOver: main.scrollWidth - main.clientWidth, navOver: nav.scrollHeight - nav.clientHeight }
  })
  expect(sizes).toEqual({ mainOver: 0, navOver: 0 })
}

test('set a date and hours, see Today; a week skipped, preview a catch-up choice, apply it and see the new plan', async () => {
  // The default curriculum's 102 hours or so fit 6 hours a week over 120 days, with little to spare.
  const app = await launchApp()
  const { page } = app
  await page.getByRole('link', { name: 'Plan' }).click()
  await expect(page.getByRole('heading', { name: 'No plan yet' })).toBeVisible()
  const date = page.getByLabel(/^Target date for /)
  await date.fill(testDay(120))
  await date.press('Enter')
  await page.getByRole('spinbutton', { name: 'Hours a week' }).fill('6')
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByRole('heading', { name: 'Everything fits' })).toBeVisible()
  const weeks = page.getByRole('group', { name: 'Your weeks' })
  await expect(weeks.locator('[aria-current="date"]')).toContainText('Today')
  await expect(weeks.locator('.plan-day-off').first()).toContainText('Day off')

  // Today on the Dashboard: the sub-topics planned for today, each with its Start.
  await page.getByRole('link', { name: 'Dashboard' }).click()
  const today = page.getByRole('region', { name: 'Today', exact: true })
  await expect(today.getByRole('button', { name: /^Start .+ \(.+\)$/ }).first()).toBeVisible()
  await expect(today.getByRole('progressbar', { name: 'Studied today, against today’s share' })).toBeVisible()
  expect(describeViolations(await seriousViolations(page))).toEqual([])
  await app.close()

  // A week later, nothing done: the plan says what does not fit, with figures.
  const later = await launchApp({ dataDir: app.dataDir, now: new Date(TEST_NOW.getTime() + 7 * DAY_MS) })
  const next = later.page
  const behind = next.getByRole('region', { name: 'Today', exact: true }).getByRole('note')
  await expect(behind).toContainText(/left, .* free before /)
  await behind.getByRole('button', { name: 'See the choices' }).click()
  const choices = next.getByRole('region', { name: 'Make it fit' })
  await expect(choices.getByRole('heading', { name: 'Make it fit' })).toBeFocused()
  await expect(next.getByRole('heading', { name: /does not fit$/ })).toBeVisible()

  // The later date, previewed first: the new plan shows, nothing has changed yet.
  await choices.getByRole('radio', { name: 'A later target date' }).check()
  const suggested = await choices.getByLabel('New target date').inputValue()
  expect(suggested > testDay(120)).toBe(true)
  await choices.getByRole('button', { name: 'Preview' }).click()
  const preview = choices.getByRole('region', { name: /^Preview: Target date / })
  await expect(preview).toContainText('Everything fits.')
  await expect(preview.getByRole('group', { name: 'The plan with this choice' }).getByRole('region')).toHaveCount(2)
  await expect(next.getByLabel(/^Target date for /)).toHaveValue(testDay(120))
  expect(describeViolations(await seriousViolations(next))).toEqual([])

  await preview.getByRole('button', { name: 'Apply this choice' }).click()
  await expect(next.getByRole('heading', { name: 'Everything fits' })).toBeVisible()
  await expect(next.getByLabel(/^Target date for /)).toHaveValue(suggested)
  await expect(next.getByRole('region', { name: 'Make it fit' })).toHaveCount(0)
  await expect(next.getByText(/^Moved the target date to /)).toBeVisible()
  expect(later.consoleErrors).toEqual([])
  await later.close()
})

for (const scheme of SCHEMES)
  for (const size of SIZES) {
    const at = `${size.width}x${size.height}, ${scheme}`
    test(`Today leads the Dashboard and the Plan view reads well, on track and behind (${at})`, async () => {
      await mkdir(SHOTS, { recursive: true })
      const name = (what: string): string => `${SHOTS}/${what}-${size.width}-${scheme}.png`
      const onTrack = studyLoopState()
      onTrack.levels.entry.targetDate = testDay(150)
      onTrack.plan.hoursPerWeek = 6
      const app = await launchApp({ dataDir: await seededDataDir(onTrack) })
      const { page } = app
      await page.emulateMedia({ colorScheme: scheme })
      await page.setViewportSize(size)
      const today = page.getByRole('region', { name: 'Today', exact: true })
      await expect(today.getByRole('button', { name: /^Start .+ \(.+\)$/ }).first()).toBeVisible()
      // The panel is the first thing under the view's title, and wholly in sight.
      const box = await today.boundingBox()
      expect(box && box.y + box.height <= size.height).toBe(true)
      await expectNothingCutOff(page)
      await page.screenshot({ path: name('today') })
      await page.getByRole('link', { name: 'Plan' }).click()
      await expect(page.getByRole('heading', { name: 'Everything fits' })).toBeVisible()
      await expectNothingCutOff(page)
      expect(describeViolations(await seriousViolations(page))).toEqual([])
      await page.screenshot({ path: name('plan') })
      await app.close()

      const short = studyLoopState()
      short.plan.hoursPerWeek = 6
      const behind = await launchApp({ dataDir: await seededDataDir(short) })
      const p = behind.page
      await p.emulateMedia({ colorScheme: scheme })
      await p.setViewportSize(size)
      await expect(p.getByRole('region', { name: 'Today', exact: true }).getByRole('note')).toBeVisible()
      await p.screenshot({ path: name('today-behind') })
      await p.getByRole('button', { name: 'See the choices' }).click()
      const choices = p.getByRole('region', { name: 'Make it fit' })
      await expect(choices).toBeVisible()
      await p.screenshot({ path: name('plan-behind') })
      await choices.getByRole('button', { name: 'Preview' }).click()
      await expect(choices.getByRole('region', { name: /^Preview: / })).toBeVisible()
      await expectNothingCutOff(p)
      expect(describeViolations(await seriousViolations(p))).toEqual([])
      await p.screenshot({ path: name('plan-preview') })
      expect([...app.consoleErrors, ...behind.consoleErrors]).toEqual([])
      await behind.close()
    })
  }
