import { expect, test, type Page } from '@playwright/test'
import { launchApp, missingChromiumReason } from './harness'
import { describeViolations, seriousViolations } from './axe'
import { SCHEMES, SIZES } from './looks'
import { seededDataDir, studyLoopState } from '../support/study-loop-fixture'
import { backdateRunningSession, sessionsOnDisk } from '../support/sessions-on-disk'

test.skip(!!missingChromiumReason(), missingChromiumReason() ?? '')

/** Nothing sticks out sideways in the content, and the navigation column fits the window. */
async function expectNothingCutOff(page: Page): Promise<void> {
  const sizes = await page.evaluate(() => {
    const main = document.querySelector('main') as HTMLElement
    const nav = document.querySelector('nav') as HTMLElement
    return { mainOver: main.scrollWidth - main.clientWidth, navOver: nav.scrollHeight - nav.clientHeight }
  })
  expect(sizes).toEqual({ mainOver: 0, navOver: 0 })
}

for (const scheme of SCHEMES)
  for (const size of SIZES) {
    const at = `${size.width}x${size.height}, ${scheme}`

    test(`the Dashboard keeps the study loop in view: streak, this week against last, review due and recent notes (${at})`, async () => {
      const app = await launchApp({ dataDir: await seededDataDir(studyLoopState()) })
      const { page } = app
      await page.emulateMedia({ colorScheme: scheme })
      await page.setViewportSize(size)

      const streak = page.getByRole('region', { name: 'Study streak' })
      await expect(streak).toContainText('3 days')
      await expect(streak).toContainText('Today counts: 30 min studied.')
      const week = page.getByRole('region', { name: 'This week' })
      await expect(week.getByRole('term')).toHaveText(['This week', 'Last week'])
      await expect(week.getByRole('definition').filter({ hasText: /\d/ })).toHaveText(['1 h 30 min', '1 h'])
      await expect(week).toContainText('30 min more than last week.')
      await expect(page.getByRole('region', { name: 'Review today' })).toContainText('2 cards due')

      // Recent notes, newest edit first; each opens that very note on Skills.
      const notes = page.getByRole('region', { name: 'Recent notes' }).getByRole('button', { name: /^Open note: / })
      await expect(notes).toHaveText([
        /^Open note: Why an index speeds up a lookup/,
        /^Open note: Joins, step by step/,
        /^Open note: Status codes I keep mixing up/,
      ])
      await expectNothingCutOff(page)
      expect(describeViolations(await seriousViolations(page))).toEqual([])
      await notes.filter({ hasText: 'Joins, step by step' }).click()
      await expect(page.getByRole('link', { name: 'Skills' })).toHaveAttribute('aria-current', 'page')
      const title = page.getByRole('textbox', { name: 'Note title' })
      await expect(title).toHaveValue('Joins, step by step')
      await expect(title).toBeFocused()

      // Back on the Dashboard, one button starts today's review session.
      await page.getByRole('link', { name: 'Dashboard' }).click()
      await page.getByRole('region', { name: 'Review today' }).getByRole('button', { name: 'Start review' }).click()
      await expect(page.getByRole('heading', { name: 'Review session' })).toBeVisible()
      await expect(page.getByText('0 answered, 12 to go')).toBeVisible()
      await expect(page.getByLabel('Current card')).toBeFocused()
      await app.close()
    })

    test(`a timer started on the Study log runs in the shell on every view and its Stop saves the session (${at})`, async () => {
      const first = await launchApp()
      let page = first.page
      await page.emulateMedia({ colorScheme: scheme })
      await page.setViewportSize(size)
      await page.getByRole('link', { name: 'Study log' }).click()
      const studyTimer = page.getByRole('region', { name: 'Study timer' })
      await studyTimer.getByRole('combobox', { name: 'Skill' }).selectOption({ label: 'Backend programming languages' })
      await studyTimer.getByRole('button', { name: 'Start timer' }).click()
      const shell = page.getByRole('region', { name: 'Running timer' })
      await expect(shell.getByRole('status')).toHaveText('Studying Backend programming languages')
      for (const view of ['Skills', 'Levels']) {
        await page.getByRole('link', { name: view }).click()
        await expect(page.getByRole('heading', { level: 1, name: view })).toBeVisible()
        await expect(shell.getByRole('status')).toHaveText('Studying Backend programming languages')
        await expect(shell.getByRole('timer', { name: 'Time so far' })).toHaveText(/^0:00:\d\d0 minutes$/)
        await expect(shell.getByRole('button', { name: 'Stop timer' })).toBeVisible()
        await expectNothingCutOff(page)
      }
      expect(describeViolations(await seriousViolations(page))).toEqual([])
      await first.close()

      // While the app was closed, 25 minutes passed: the running session started that much earlier.
      await backdateRunningSession(first.dataDir, 25)

      const second = await launchApp({ dataDir: first.dataDir })
      page = second.page
      await page.emulateMedia({ colorScheme: scheme })
      await page.setViewportSize(size)
      await page.getByRole('link', { name: 'Levels' }).click()
      const again = page.getByRole('region', { name: 'Running timer' })
      await expect(again.getByRole('timer', { name: 'Time so far' })).toHaveText(/^0:25:\d\d25 minutes$/)
      await again.getByRole('button', { name: 'Stop timer' }).click()
      await expect(again.getByRole('status')).toHaveText(
        'Timer stopped on Backend programming languages. The time is in your log.',
      )
      await expect(page.getByRole('main')).toBeFocused()
      // The Study log shows what Stop saved, as its own Stop would.
      await page.getByRole('link', { name: 'Study log' }).click()
      await expect(page.getByRole('region', { name: 'Running timer' })).toBeHidden()
      const row = page
        .getByRole('region', { name: 'Recent sessions' })
        .getByRole('row')
        .filter({ hasText: 'Backend programming languages' })
      await expect(row).toContainText('25')
      await expect(page.getByRole('region', { name: 'Streak' })).toContainText('1 day current streak')
      await second.close()

      const saved = await sessionsOnDisk(first.dataDir)
      expect(saved).toHaveLength(1)
      expect(saved[0]).toMatchObject({ skillId: 'languages', manual: false })
      // Kept to the second: the 25 backdated minutes plus the seconds the spec took, and the end matches them.
      const minutes = saved[0]!.minutes
      expect(minutes).toBeGreaterThanOrEqual(25)
      expect(minutes).toBeLessThan(26)
      expect(saved[0]?.end).toBe(
        new Date(new Date(saved[0]!.start).getTime() + Math.round(minutes * 60) * 1000).toISOString(),
      )
    })

    test(`readiness is one short line on the Dashboard and on Levels, with how it is worked out on demand (${at})`, async () => {
      const app = await launchApp({ dataDir: await seededDataDir(studyLoopState()) })
      const { page } = app
      await page.emulateMedia({ colorScheme: scheme })
      await page.setViewportSize(size)
      const places = [
        { view: 'Dashboard', within: page.getByRole('region', { name: 'Your current level: Entry level' }) },
        { view: 'Levels', within: page.getByRole('region', { name: /^Entry level/ }) },
      ]
      for (const place of places) {
        await page.getByRole('link', { name: place.view }).click()
        const line = place.within.getByText('1 of 8 goals ticked, plus credit for skills in progress.')
        await expect(line).toBeVisible()
        expect((await line.textContent())!.split(/\s+/).length).toBeLessThanOrEqual(12)
        const how = place.within.getByRole('button', { name: /^How is this worked out\?/ })
        await expect(how).toHaveAttribute('aria-expanded', 'false')
        const details = place.within.getByText(/An open goal earns up to half its share/)
        await expect(details).toBeHidden()
        await how.focus()
        await page.keyboard.press('Enter')
        await expect(how).toHaveAttribute('aria-expanded', 'true')
        await expect(details).toBeVisible()
        await expectNothingCutOff(page)
      }
      await app.close()
    })
  }
