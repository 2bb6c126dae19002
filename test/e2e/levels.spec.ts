import { expect, test, type Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { launchApp, missingChromiumReason } from './harness'
import { testDay } from '../support/test-clock'

test.skip(!!missingChromiumReason(), missingChromiumReason() ?? '')

/** The day `n` days from the app's today (the harness starts its clock at TEST_NOW), as the date field takes it. */
const inDays = testDay

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

/** Accessibility problems axe finds on the page, as "rule: target" lines. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource)
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown[] }> }> }> }
      }
    ).axe
    const { violations } = await axe.run()
    return violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)}`))
  })
}

const readiness = (page: Page) => page.getByRole('progressbar', { name: 'Entry level readiness' })
const entry = (page: Page) => page.getByRole('region', { name: /^Entry level/ })

test('target date, ticked goals and a goal of your own survive a restart, and the dashboard agrees', async () => {
  const first = await launchApp()
  const { page, dataDir } = first
  await page.getByRole('link', { name: 'Dashboard' }).click()
  await expect(page.getByRole('heading', { name: /where to begin/ })).toBeVisible()
  await page.screenshot({ path: 'test-results/dashboard-welcome.png' })
  expect(await axeViolations(page)).toEqual([])
  await page.getByRole('button', { name: 'Open Levels' }).click()
  await expect(page.getByRole('heading', { name: 'Levels', level: 1 })).toBeVisible()

  const date = page.getByLabel('Target date for Entry level')
  await date.fill(inDays(10))
  await date.press('Enter')
  await expect(entry(page).getByText('10 days left', { exact: true })).toBeVisible()
  // The header sums the date up too, so it shows while the level is closed.
  await expect(entry(page).getByText(/^Target .+, 10 days left$/)).toBeVisible()

  await page.getByRole('checkbox', { name: 'Use Git for everyday work: commits, branches and merges' }).check()
  await page.getByRole('checkbox', { name: 'Know one server-side language well, such as Python, Ruby or Java' }).check()
  await expect(readiness(page)).toHaveAttribute('aria-valuenow', '25')

  const newGoal = page.getByRole('textbox', { name: 'New goal for Entry level' })
  await newGoal.fill('Deploy my API to a small server')
  await entry(page).getByText('Skills it draws on (optional)').click()
  await entry(page).getByRole('checkbox', { name: 'Web servers' }).check()
  await newGoal.press('Enter')
  await page.getByRole('checkbox', { name: 'Deploy my API to a small server' }).check()
  await newGoal.fill('Read a book on PostgreSQL')
  await newGoal.press('Enter')
  // Reorder with the keyboard: focus stays on the button after the row moves.
  const moveUp = page.getByRole('button', { name: 'Move up: Read a book on PostgreSQL' })
  await moveUp.focus()
  await page.keyboard.press('Enter')
  const own = page.getByRole('list', { name: 'Your own goals for Entry level' }).getByRole('checkbox')
  await expect(own.nth(0)).toHaveAccessibleName('Read a book on PostgreSQL')
  await expect(own.nth(1)).toHaveAccessibleName('Deploy my API to a small server')
  await expect(moveUp).toBeFocused()

  await page.getByRole('link', { name: 'Skills' }).click()
  await page.getByRole('combobox', { name: 'Status of Communication' }).selectOption({ label: 'Done' })
  await expect(page.getByRole('combobox', { name: 'Status of Communication' })).toHaveValue('done')
  await first.close()

  // Restart on the same data folder.
  const second = await launchApp({ dataDir })
  const again = second.page
  await again.getByRole('link', { name: 'Levels' }).click()
  await expect(again.getByLabel('Target date for Entry level')).toHaveValue(inDays(10))
  await expect(
    again.getByRole('checkbox', { name: 'Use Git for everyday work: commits, branches and merges' }),
  ).toBeChecked()
  await expect(again.getByRole('checkbox', { name: 'Deploy my API to a small server' })).toBeChecked()
  await expect(again.getByRole('checkbox', { name: 'Read a book on PostgreSQL' })).not.toBeChecked()
  // 3 of 10 ticked; communication done gives half of 1/3 and half of 1/2 to two open goals.
  const expected = String(Math.round(((3 + 0.5 / 3 + 0.5 / 2) / 10) * 100))
  await expect(readiness(again)).toHaveAttribute('aria-valuenow', expected)
  const why = await entry(again)
    .getByText(/goals ticked, plus credit for skills in progress/)
    .textContent()
  // After a restart only the current level is open; the others show their header and a button.
  const showMid = again.getByRole('button', { name: 'Show Mid level goals' })
  await expect(showMid).toHaveAttribute('aria-expanded', 'false')
  await expect(again.getByRole('button', { name: 'Show Senior level goals' })).toHaveAttribute('aria-expanded', 'false')
  await expect(again.getByRole('button', { name: 'Hide Entry level goals' })).toHaveAttribute('aria-expanded', 'true')
  await expect(again.getByRole('progressbar', { name: 'Mid level readiness' })).toBeVisible()
  await expect(again.getByRole('textbox', { name: 'New goal for Mid level' })).toBeHidden()
  await again.setViewportSize({ width: 1280, height: 1400 })
  await again.screenshot({ path: 'test-results/levels-collapsed-light.png' })
  await showMid.focus()
  await again.keyboard.press('Enter')
  const hideMid = again.getByRole('button', { name: 'Hide Mid level goals' })
  await expect(hideMid).toHaveAttribute('aria-expanded', 'true')
  await expect(hideMid).toBeFocused()
  await expect(again.getByRole('textbox', { name: 'New goal for Mid level' })).toBeVisible()
  await again.keyboard.press('Space')
  await expect(showMid).toHaveAttribute('aria-expanded', 'false')
  // The main area scrolls inside the window, so a tall window shows more in one picture.
  await again.setViewportSize({ width: 1280, height: 2600 })
  await again.screenshot({ path: 'test-results/levels-light.png' })
  expect(await axeViolations(again)).toEqual([])

  // Closed here, the level of the goal "next up" points at opens again when it is asked for.
  await again.getByRole('button', { name: 'Hide Entry level goals' }).click()
  await expect(again.getByRole('checkbox', { name: 'Store and query data in PostgreSQL or MySQL' })).toBeHidden()
  await again.getByRole('link', { name: 'Dashboard' }).click()
  await expect(readiness(again)).toHaveAttribute('aria-valuenow', expected)
  await expect(again.getByText(why ?? 'missing')).toBeVisible()
  await expect(again.getByText('10 days left')).toBeVisible()
  await expect(again.getByRole('progressbar', { name: 'Soft skills' })).toHaveAttribute('aria-valuenow', '25')
  const next = again.getByRole('button', { name: /^Go to / })
  await expect(next).toHaveCount(3)
  await again.screenshot({ path: 'test-results/dashboard-light.png' })
  await again.emulateMedia({ colorScheme: 'dark' })
  await again.screenshot({ path: 'test-results/dashboard-dark.png' })

  // "Next up" takes the learner to the goal itself.
  await next.first().click()
  await expect(again.getByRole('heading', { name: 'Levels', level: 1 })).toBeVisible()
  await expect(again.getByRole('checkbox', { name: 'Store and query data in PostgreSQL or MySQL' })).toBeFocused()
  await expect(again.getByRole('button', { name: 'Hide Entry level goals' })).toHaveAttribute('aria-expanded', 'true')
  await again.screenshot({ path: 'test-results/levels-dark.png', fullPage: false })
  // No CSP violations or script errors (the page declares an empty icon, so nothing 404s either).
  expect(second.consoleErrors).toEqual([])
  await second.close()
})
