import { expect, test } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { launchApp, missingChromiumReason } from './harness'

test.skip(!!missingChromiumReason(), missingChromiumReason() ?? '')

test('a full review session with the keyboard only', async () => {
  const app = await launchApp()
  const { page } = app
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()

  // Open the Review view from the command palette, without the mouse.
  await page.keyboard.press('Control+K')
  const palette = page.getByRole('dialog', { name: 'Command palette' })
  await expect(palette).toBeVisible()
  await page.keyboard.type('start today')
  await page.keyboard.press('Enter')
  await expect(palette).toBeHidden()
  const start = page.getByRole('button', { name: /^Start review \(10 cards\)/ })
  await expect(start).toBeFocused()
  await page.keyboard.press('Enter')

  const card = page.getByLabel('Current card')
  await expect(page.getByRole('heading', { name: 'Review session' })).toBeVisible()
  const keys = ['1', 'h', '3', 'g', 'e', '4', '3', '2', '3', 'g']
  for (const [i, key] of keys.entries()) {
    await expect(page.getByText(`${i} answered`)).toBeVisible()
    await expect(card).toBeFocused()
    await expect(card.getByText(/^Answer:/)).toHaveCount(0)
    await page.keyboard.press('Space')
    await expect(card.getByText(/^Answer:/)).toBeVisible()
    await expect(page.getByRole('group', { name: 'How well did you remember?' })).toBeVisible()
    await page.keyboard.press(key)
  }
  // The card answered Again comes back at the end; Hard keeps it flagged.
  await expect(page.getByText('10 answered, 1 to go')).toBeVisible()
  await page.keyboard.press('Space')
  await page.keyboard.press('2')
  await expect(page.getByRole('heading', { name: 'Session complete' })).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: 'You reviewed 10 cards (11 answers' })).toBeVisible()
  await page.keyboard.press('Enter')

  await expect(page.getByRole('button', { name: 'Nothing due right now' })).toBeDisabled()
  const revisit = page.getByRole('region', { name: 'Needs revisit' })
  await expect(revisit.getByRole('listitem')).toHaveCount(1)
  await expect(revisit).toContainText('1 card forgotten')
  await page.screenshot({ path: 'test-results/review-done.png' })
  await app.close()

  const file = JSON.parse(await readFile(join(app.dataDir, 'groundwork-data.json'), 'utf8')) as {
    review: { cards: Record<string, { lapsed: boolean }>; log: unknown[] }
  }
  expect(Object.keys(file.review.cards)).toHaveLength(10)
  expect(file.review.log).toHaveLength(11)
  expect(Object.values(file.review.cards).filter((c) => c.lapsed)).toHaveLength(1)
  // No console errors at all: a CSP refusal or a failed request would show up here.
  expect(app.consoleErrors).toEqual([])
})

test('a card written in the Review view joins the next session first', async () => {
  const app = await launchApp()
  const { page } = app
  await page.getByRole('link', { name: 'Review' }).click()
  const form = page.getByRole('form', { name: 'Write a card' })
  await form.getByRole('combobox', { name: 'Skill' }).selectOption({ label: 'APIs' })
  await form.getByRole('textbox', { name: 'Question' }).fill('Which status code means Created?')
  await form.getByRole('textbox', { name: 'Answer' }).fill('201')
  await form.getByRole('button', { name: 'Add card' }).click()
  await expect(form.getByRole('status')).toContainText('Card added')
  await expect(page.getByRole('region', { name: 'Your cards' })).toContainText('Which status code means Created?')
  await page.getByRole('button', { name: /^Start review/ }).click()
  await expect(page.getByLabel('Current card')).toContainText('Which status code means Created?')
  await app.close()
})
