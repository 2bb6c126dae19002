import { expect, test } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { launchApp, missingChromiumReason } from './harness'
import { seededDataDir, studyLoopState } from '../support/study-loop-fixture'
import { middayOf, systemTimeZone } from '../../src/shared/calendar/days'
import { testDay } from '../support/test-clock'
import { describeViolations, seriousViolations } from './axe'
import { SCHEMES, SIZES } from './looks'

test.skip(!!missingChromiumReason(), missingChromiumReason() ?? '')

const HOUR = 3_600_000

/** Where the looks of this spec are kept, for a person to judge (SHOTS_DIR overrides). */
const SHOTS = process.env.SHOTS_DIR ?? 'test-results'

test('turned on, a reminder of due cards comes once, after quiet hours, and its click starts the review', async () => {
  // Noon today in this machine's zone; the learner's one card comes due two days later at noon.
  const start = middayOf(testDay(0), systemTimeZone())
  const state = studyLoopState()
  const card = state.review.cards['faq-front-vs-back']
  if (!card) throw new Error('the fixture changed')
  state.review.cards = { 'faq-front-vs-back': { ...card, due: new Date(start.getTime() + 48 * HOUR).toISOString() } }
  const app = await launchApp({ dataDir: await seededDataDir(state), now: start })
  const { page } = app

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Data' }).click()
  const section = page.getByRole('region', { name: 'Reminders' })
  await section.getByRole('checkbox', { name: 'Show reminders' }).check()
  await section.getByRole('checkbox', { name: 'Cards are due for review' }).check()
  await section.getByRole('checkbox', { name: 'No reminders during these hours' }).check()
  await expect(section.getByLabel('Quiet from', { exact: true })).toHaveValue('22:00')
  await expect(section.getByLabel('Quiet until', { exact: true })).toHaveValue('08:00')

  await app.advanceClock(HOUR) // 13:00, nothing due
  expect(app.notifications()).toEqual([])
  await app.advanceClock(58 * HOUR) // 23:00 two days on: the card is due, but it is quiet
  expect(app.notifications()).toEqual([])
  await app.advanceClock(9 * HOUR) // 08:00: quiet hours are over
  const reminder = { title: '1 card is ready for review', body: 'A few minutes of recall now keeps them fresh.' }
  expect(app.notifications()).toEqual([reminder])
  await app.advanceClock(3 * HOUR) // later the same day: still one
  await app.advanceClock(5 * HOUR)
  expect(app.notifications()).toEqual([reminder])

  app.clickNotification(0)
  await expect(page.getByRole('heading', { name: 'Review session' })).toBeVisible()
  await app.close()

  // Kept in this computer's part of the data file, with the day the reminder was shown.
  const file = JSON.parse(await readFile(join(app.dataDir, 'groundwork-data.json'), 'utf8')) as {
    device: { reminders: { enabled: boolean; shown: Record<string, string> } }
  }
  expect(file.device.reminders).toMatchObject({ enabled: true, shown: { cardsDue: testDay(3) } })
  expect(app.consoleErrors).toEqual([])
})

test('the Reminders section works from the keyboard and reads well in light and dark', async () => {
  const app = await launchApp()
  const { page } = app
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Data' }).click()
  const section = page.getByRole('region', { name: 'Reminders' })
  const show = section.getByRole('checkbox', { name: 'Show reminders' })
  await show.focus()
  await page.keyboard.press('Space')
  await expect(show).toBeChecked()
  await page.keyboard.press('Tab')
  const cards = section.getByRole('checkbox', { name: 'Cards are due for review' })
  await expect(cards).toBeFocused()
  await page.keyboard.press('Space')
  await expect(cards).toBeChecked()
  await expect.poll(() => app.core.store.state.device.reminders.kinds.cardsDue).toBe(true)

  for (const scheme of SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme })
    expect(describeViolations(await seriousViolations(page)), scheme).toEqual([])
    for (const size of SIZES) {
      await page.setViewportSize(size)
      await section.scrollIntoViewIfNeeded()
      await page.screenshot({ path: `${SHOTS}/reminders-${size.width}x${size.height}-${scheme}.png` })
    }
  }
  await app.close()
  expect(app.consoleErrors).toEqual([])
})
