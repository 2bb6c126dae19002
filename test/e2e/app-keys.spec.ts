import { expect, test } from '@playwright/test'
import { launchApp, missingChromiumReason } from './harness'

test.skip(!!missingChromiumReason(), missingChromiumReason() ?? '')

test('the app’s own keys show views, start a note and run the timer, and the shortcuts sheet lists them', async () => {
  const app = await launchApp()
  const { page } = app
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible()
  await page.keyboard.press('Control+3')
  await expect(page.getByRole('heading', { name: 'Levels', level: 1 })).toBeVisible()
  await page.keyboard.press('Control+4')
  await expect(page.getByRole('heading', { name: 'Plan', level: 1 })).toBeVisible()
  await page.keyboard.press('Control+5')
  await expect(page.getByRole('heading', { name: 'Frameworks', level: 1 })).toBeVisible()

  // The timer key opens the timer ready to start, and stops a running one.
  await page.keyboard.press('Control+Shift+T')
  const study = page.getByRole('region', { name: 'Study timer' })
  await expect(study.getByRole('combobox', { name: 'Skill' })).toBeFocused()
  await study.getByRole('button', { name: 'Start timer' }).click()
  await expect(study.getByRole('button', { name: 'Stop timer' })).toBeVisible()
  await page.keyboard.press('Control+1')
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible()
  await page.keyboard.press('Control+Shift+T')
  await page.keyboard.press('Control+8')
  await expect(study.getByRole('button', { name: 'Start timer' })).toBeVisible()

  // The new-note key starts a note on the selected skill, its title ready for typing, even from a text field.
  await page.keyboard.press('Control+2')
  await page.getByRole('searchbox', { name: 'Search skills and notes' }).focus()
  await page.keyboard.press('Control+Shift+N')
  const title = page.getByRole('textbox', { name: 'Note title' })
  await expect(title).toBeFocused()
  await page.keyboard.type('Keys')
  await expect(title).toHaveValue('Keys')

  await page.getByRole('link', { name: 'Review' }).focus()
  await page.keyboard.press('?')
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(sheet.getByRole('region', { name: 'Views' }).getByRole('definition')).toHaveText([
    'Go to Dashboard',
    'Go to Skills',
    'Go to Levels',
    'Go to Plan',
    'Go to Frameworks',
    'Go to Reports',
    'Go to Review',
    'Go to Study log',
    'Go to Data',
  ])
  await expect(sheet.getByRole('term').filter({ hasText: 'Ctrl+3' })).toBeVisible()
  await expect(sheet.getByText('Start a new note on the selected skill')).toBeVisible()
  await expect(sheet.getByText('Ctrl+Shift+N')).toBeVisible()
  await expect(sheet.getByText(/Tab \/ Shift\+Tab|Enter \/ Space/)).toHaveCount(0)
  expect(app.consoleErrors).toEqual([])
  await app.close()
})
