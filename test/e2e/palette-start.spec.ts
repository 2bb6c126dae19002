import { expect, test } from '@playwright/test'
import { launchApp, missingChromiumReason } from './harness'
import { seededDataDir } from '../support/study-loop-fixture'
import { freshState } from '../../src/shared/model'

test.skip(!!missingChromiumReason(), missingChromiumReason() ?? '')

test('keys typed right after Ctrl+K at start-up reach the palette, and Enter goes to the item they name', async () => {
  const state = freshState()
  const at = '2026-11-20T09:00:00.000Z'
  state.notes['n-idem'] = {
    id: 'n-idem',
    skillId: 'apis',
    title: 'Idempotency keys',
    body: 'Retries need them.',
    createdAt: at,
    updatedAt: at,
  }
  const app = await launchApp({ dataDir: await seededDataDir(state) })
  const { page } = app
  // The palette's code arrives late, as on a slow first start: everything typed meanwhile is kept.
  await page.route('**/assets/CommandPalette-*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 600))
    await route.continue()
  })
  await page.keyboard.press('Control+K')
  await page.keyboard.type('Idempotency keys')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('textbox', { name: 'Note title' })).toHaveValue('Idempotency keys')
  await expect(page.getByRole('heading', { name: 'APIs', level: 2 })).toBeVisible()
  await expect(page.getByRole('dialog', { name: 'Command palette' })).toBeHidden()
  expect(app.consoleErrors).toEqual([])
  await app.close()
})

test('the palette stays pinned at the top while its list shrinks', async () => {
  const app = await launchApp()
  const { page } = app
  await page.setViewportSize({ width: 1024, height: 640 })
  await page.keyboard.press('Control+K')
  const input = page.getByRole('dialog', { name: 'Command palette' }).getByRole('combobox')
  await expect(input).toBeFocused()
  const before = await input.boundingBox()
  await page.keyboard.type('timer')
  await expect(page.getByRole('dialog', { name: 'Command palette' }).getByRole('option').first()).toContainText(
    /timer/i,
  )
  const after = await input.boundingBox()
  expect(before?.y).toBeLessThan(640 * 0.2)
  expect(after?.y).toBe(before?.y)
  await app.close()
})
