import { expect, test } from '@playwright/test'
import { launchApp, missingChromiumReason } from './harness'

test.skip(!!missingChromiumReason(), missingChromiumReason() ?? '')

const WORDS = ['Idempotency', 'Authentication', 'Serialization', 'Observability', 'Normalisation', 'Throughput']

test('a table in the note preview keeps every word whole and scrolls sideways when it is wider than the pane', async () => {
  const app = await launchApp()
  const { page } = app
  await page.setViewportSize({ width: 1024, height: 640 })
  await page.getByRole('link', { name: 'Skills' }).click()
  await page.getByRole('button', { name: 'APIs', exact: true }).click()
  const row = (cells: string[]): string => `| ${cells.join(' | ')} |`
  const table = [row(WORDS), row(WORDS.map(() => '---')), row(WORDS.map((w) => w.toLowerCase()))].join('\n')
  await page.getByRole('textbox', { name: 'Notes', exact: true }).fill(`# Terms\n\n${table}\n`)
  // At 1024 the notes pane shows one side at a time: the preview.
  await page.getByRole('radio', { name: 'Preview' }).check()
  const preview = page.getByRole('region', { name: 'Preview' })
  await expect(preview.getByRole('table')).toBeVisible()
  // Each cell holds one word: its text lies on a single line (a word broken mid-word takes two).
  const lines = await preview.getByRole('table').evaluate((element) =>
    [...element.querySelectorAll('th, td')].map((cell) => {
      const range = document.createRange()
      range.selectNodeContents(cell)
      return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size
    }),
  )
  expect(lines).toEqual(Array.from({ length: WORDS.length * 2 }, () => 1))
  // Wider than the pane, it is reached by scrolling the preview sideways.
  const scrolls = await preview.getByRole('table').evaluate((table) => {
    let box = table.parentElement
    while (box && getComputedStyle(box).overflowX !== 'auto') box = box.parentElement
    return box !== null && box.scrollWidth > box.clientWidth
  })
  expect(scrolls).toBe(true)
  expect(app.consoleErrors).toEqual([])
  await app.close()
})
