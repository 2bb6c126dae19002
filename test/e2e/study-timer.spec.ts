import { expect, test } from '@playwright/test'
import { launchApp, missingChromiumReason } from './harness'
import { backdateRunningSession, sessionsOnDisk } from '../support/sessions-on-disk'

test.skip(!!missingChromiumReason(), missingChromiumReason() ?? '')

test('a study timer survives a restart, then stops into the log and the streak', async () => {
  const first = await launchApp()
  let page = first.page
  await page.getByRole('link', { name: 'Study log' }).click()
  const streak = page.getByRole('region', { name: 'Streak' })
  await expect(streak).toContainText('0 days current streak')

  // A day counts from 10 minutes.
  await streak.getByRole('spinbutton', { name: 'Minutes a day to count' }).fill('10')
  await streak.getByRole('button', { name: 'Save minimum' }).click()
  await expect(streak.getByRole('status')).toContainText('from 10 minutes')

  const timer = page.getByRole('region', { name: 'Study timer' })
  await timer.getByRole('combobox', { name: 'Skill' }).selectOption({ label: 'Databases' })
  await timer.getByRole('button', { name: 'Start timer' }).click()
  await expect(timer.getByRole('button', { name: 'Stop timer' })).toBeFocused()
  await expect(timer).toContainText('Studying Databases')
  await first.close()

  // While the app was closed, 25 minutes passed: move the running session's start back by that much.
  await backdateRunningSession(first.dataDir, 25)

  const second = await launchApp({ dataDir: first.dataDir })
  page = second.page
  await page.getByRole('link', { name: 'Study log' }).click()
  const timerAgain = page.getByRole('region', { name: 'Study timer' })
  await expect(timerAgain).toContainText('Studying Databases')
  await expect(timerAgain.getByLabel('Elapsed time')).toContainText(/0:2[5-9]:\d\d/)
  await expect(page.getByRole('region', { name: 'Recent sessions' })).toContainText('running')

  await timerAgain.getByRole('button', { name: 'Stop timer' }).click()
  await expect(timerAgain.getByRole('status')).toContainText('Timer stopped on Databases')
  const log = page.getByRole('region', { name: 'Recent sessions' })
  const row = log.getByRole('row').filter({ hasText: 'Databases' })
  await expect(row).toContainText('25')
  await expect(row).toContainText('Timer')
  await expect(page.getByRole('region', { name: 'Streak' })).toContainText('1 day current streak')
  await expect(page.getByRole('region', { name: 'Streak' })).toContainText('(counts)')
  await expect(page.getByRole('table', { name: /Minutes studied per day/ })).toContainText(/25 min, counts/)
  await page.screenshot({ path: 'test-results/study-log.png', fullPage: true })
  await second.close()

  const saved = await sessionsOnDisk(first.dataDir)
  expect(saved).toHaveLength(1)
  // Kept to the second: the 25 backdated minutes plus the few seconds the spec took.
  expect(saved[0]!.minutes).toBeGreaterThanOrEqual(25)
  expect(saved[0]!.minutes).toBeLessThan(26)
  expect(saved[0]?.end).not.toBeNull()
})

test('time logged by hand and evidence opened only after a confirmation', async () => {
  const app = await launchApp()
  const { page } = app
  await page.getByRole('link', { name: 'Study log' }).click()
  const manual = page.getByRole('form', { name: 'Log time by hand' })
  await manual.getByRole('combobox', { name: 'Skill' }).selectOption({ label: 'APIs' })
  await manual.getByRole('spinbutton', { name: 'Minutes' }).fill('45')
  await manual.getByRole('button', { name: 'Log time' }).click()
  await expect(manual.getByRole('status')).toContainText('Logged 45 minutes')
  await expect(page.getByRole('region', { name: 'Streak' })).toContainText('45 min today (counts)')

  const evidence = page.getByRole('region', { name: 'Evidence', exact: true })
  await evidence.getByRole('combobox', { name: 'Skill' }).selectOption({ label: 'APIs' })
  const add = evidence.getByRole('form', { name: 'Add evidence for APIs' })
  await add.getByRole('textbox', { name: 'Link' }).fill('javascript:alert(1)')
  await add.getByRole('button', { name: 'Add link' }).click()
  // The browser's own url check may refuse first; either way nothing is stored.
  await expect(evidence.getByRole('listitem')).toHaveCount(0)
  await add.getByRole('textbox', { name: 'Link' }).fill('https://github.com/learner/todo-api')
  await add.getByRole('textbox', { name: 'Title' }).fill('Todo API')
  await add.getByRole('combobox', { name: 'Kind' }).selectOption({ label: 'Repository' })
  await add.getByRole('button', { name: 'Add link' }).click()
  await expect(evidence.getByRole('listitem')).toHaveCount(1)

  await evidence.getByRole('button', { name: 'Open Todo API in your browser' }).click()
  const confirm = page.getByRole('alertdialog', { name: 'Open this link in your browser?' })
  await expect(confirm).toContainText('https://github.com/learner/todo-api')
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(confirm).toBeHidden()
  await expect(evidence.getByRole('button', { name: 'Open Todo API in your browser' })).toBeFocused()
  expect(app.openedExternally).toEqual([])

  await page.keyboard.press('Enter')
  await page.getByRole('alertdialog').getByRole('button', { name: 'Open link' }).click()
  await expect.poll(() => app.openedExternally).toEqual(['https://github.com/learner/todo-api'])
  await app.close()
})
