import { expect, test } from '@playwright/test'
import { launchApp, missingChromiumReason } from './harness'

test.skip(!!missingChromiumReason(), missingChromiumReason() ?? '')

// Main tells the page of every change through one event, whoever made it: here the core is
// called from outside the page, as an import or another device's changes would reach it.
test('changes made outside the page show on screen within a second, without a reload', async () => {
  const app = await launchApp()
  const { page, core } = app
  await page.getByRole('link', { name: 'Skills' }).click()
  const status = page.getByRole('combobox', { name: 'Status of Databases' })
  await expect(status).toHaveValue('not-started')
  const loads = await page.evaluate(() => performance.getEntriesByType('navigation').length)

  expect(await core.dispatch('skills:setStatus', { skillId: 'databases', status: 'done' })).toMatchObject({ ok: true })
  await expect(status).toHaveValue('done', { timeout: 1000 })

  // A note written elsewhere: counted on its skill, listed and opened there.
  await page
    .getByRole('button', { name: /Databases/ })
    .first()
    .click()
  await expect(page.getByRole('tab', { name: /^Notes/ })).toBeVisible()
  expect(
    await core.dispatch('notes:create', {
      skillId: 'databases',
      title: 'Written on the laptop',
      body: 'Isolation levels :: What a transaction may see of others',
    }),
  ).toMatchObject({ ok: true })
  await expect(page.getByRole('tab', { name: 'Notes 1' })).toBeVisible({ timeout: 1000 })
  await expect(page.getByRole('textbox', { name: 'Note title' })).toHaveValue('Written on the laptop', {
    timeout: 1000,
  })

  // A setting changed elsewhere: the theme follows.
  expect(await core.dispatch('settings:setTheme', { theme: 'dark' })).toMatchObject({ ok: true })
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark', { timeout: 1000 })

  expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(loads)
  expect(app.consoleErrors).toEqual([])
  await app.close()
})
