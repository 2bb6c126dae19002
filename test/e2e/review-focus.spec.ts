import { expect, test, type Page } from '@playwright/test'
import { launchApp, missingChromiumReason } from './harness'
import { describeViolations, seriousViolations } from './axe'
import { SCHEMES, SIZES } from './looks'
import { seededDataDir, studyLoopState } from '../support/study-loop-fixture'

test.skip(!!missingChromiumReason(), missingChromiumReason() ?? '')

/** Where the looks of this spec are kept, for a person to judge (SHOTS_DIR overrides). */
const SHOTS = process.env.SHOTS_DIR ?? 'test-results'

/** axe finds nothing serious in either scheme, and the page is photographed at every size in each. */
async function checkLooks(page: Page, name: string): Promise<void> {
  for (const scheme of SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme })
    expect(describeViolations(await seriousViolations(page)), `${name}, ${scheme}`).toEqual([])
    for (const size of SIZES) {
      await page.setViewportSize(size)
      await page.screenshot({ path: `${SHOTS}/${name}-${size.width}x${size.height}-${scheme}.png` })
    }
  }
  await page.emulateMedia({ colorScheme: 'light' })
}

test('a review session from the Dashboard to its summary with the keyboard only, then studying ahead', async () => {
  // The mid-way learner: two cards due, one in review later, ten new ones for today; clocks fixed at TEST_NOW.
  const app = await launchApp({ dataDir: await seededDataDir(studyLoopState()) })
  const { page } = app
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()
  await page.keyboard.press('Control+K')
  const palette = page.getByRole('dialog', { name: 'Command palette' })
  await expect(palette).toBeVisible()
  await page.keyboard.type('start today')
  await expect(palette.getByRole('option', { name: /Start today’s review/ })).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(palette).toBeHidden()
  const start = page.getByRole('button', { name: 'Start review (12 cards)' })
  await expect(start).toBeFocused()
  await page.keyboard.press('Enter')

  // The session is the whole view: the card alone, no overview or card forms around it.
  await expect(page.getByRole('heading', { level: 1, name: 'Review session' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Needs revisit' })).toHaveCount(0)
  const card = page.getByLabel('Current card')
  await expect(card).toBeFocused()
  await page.keyboard.press('Space')
  await expect(page.getByRole('group', { name: 'How well did you remember?' })).toBeVisible()
  await checkLooks(page, 'review-card')

  const keys = ['3', '1', '2', '4', '3', '3', '4', '3', '2', '3', '3', '3']
  for (const [i, key] of keys.entries()) {
    await expect(page.getByText(`${i} answered`)).toBeVisible()
    await expect(card).toBeFocused()
    if (i > 0) await page.keyboard.press('Space')
    await expect(card.getByText(/^Answer:/)).toBeVisible()
    await page.keyboard.press(key)
  }
  // The card answered Again comes back last.
  await expect(page.getByText('12 answered, 1 to go')).toBeVisible()
  await page.keyboard.press('Space')
  await page.keyboard.press('3')

  const summary = page.getByRole('region', { name: 'Session complete' })
  await expect(summary.getByRole('status')).toHaveText(
    'You reviewed 12 cards (13 answers, as a card answered Again comes back).',
  )
  await expect(summary.getByRole('list', { name: 'Answers per grade' }).getByRole('listitem')).toHaveText([
    '1 Again',
    '2 Hard',
    '8 Good',
    '2 Easy',
  ])
  await expect(summary).toContainText(/Due by the end of tomorrow: \d+ cards?, plus up to 10 new ones\./)
  await expect(summary.getByRole('button', { name: 'Back to the overview' })).toBeFocused()
  await checkLooks(page, 'review-summary')
  await page.keyboard.press('Enter')

  // Nothing is due now: the start button is disabled and looks it; studying ahead is offered instead, and focused.
  const nothing = page.getByRole('button', { name: 'Nothing due right now' })
  await expect(nothing).toBeDisabled()
  const ahead = page.getByRole('button', { name: /^Study ahead \(\d+ cards?\)$/ })
  await expect(ahead).toBeFocused()
  const looks = await nothing.evaluate((button) => {
    const style = getComputedStyle(button)
    return { background: style.backgroundColor, border: style.borderStyle, cursor: style.cursor }
  })
  expect(looks).toMatchObject({ border: 'dashed', cursor: 'not-allowed' })
  await page.getByRole('heading', { level: 1, name: 'Review' }).scrollIntoViewIfNeeded()
  await checkLooks(page, 'review-overview')

  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Studying ahead' })).toBeVisible()
  await page.keyboard.press('Space')
  await page.keyboard.press('4')
  await expect(page.getByText('1 answered')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(summary.getByRole('status')).toHaveText('You reviewed 1 card.')
  await page.keyboard.press('Escape')
  await expect(page.getByRole('heading', { level: 1, name: 'Review' })).toBeVisible()
  expect(app.consoleErrors).toEqual([])
  await app.close()
})
