import { expect, test, type Page } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { launchApp, missingChromiumReason } from './harness'

test.skip(!!missingChromiumReason(), missingChromiumReason() ?? '')

async function openFrameworks(page: Page): Promise<void> {
  await page.setViewportSize({ width: 1200, height: 800 })
  await page.getByRole('link', { name: 'Frameworks' }).click()
  await expect(page.getByRole('heading', { name: 'Frameworks', level: 1 })).toBeVisible()
}

/** Names in the first column of the comparison table, top to bottom. */
async function tableOrder(page: Page): Promise<string[]> {
  const table = page.getByRole('table', { name: /Backend frameworks compared/ })
  // Each row header reads "<name> details" plus an optional "runtime" badge.
  return (await table.getByRole('rowheader').allTextContents()).map((text) => text.replace(/ details.*$/, ''))
}

test('the table sorts by a column, filters by language and fits a 1200 x 800 window', async () => {
  const app = await launchApp()
  const { page } = app
  await openFrameworks(page)
  expect(await tableOrder(page)).toHaveLength(12)
  expect((await tableOrder(page))[0]).toBe('ASP.NET Core')
  expect(await tableOrder(page)).toContain('Node.js')

  const release = page.getByRole('columnheader', { name: 'First release' })
  await release.getByRole('button').click()
  await expect(release).toHaveAttribute('aria-sort', 'ascending')
  await expect(page.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'none')
  await expect.poll(async () => (await tableOrder(page)).slice(0, 3)).toEqual(['Ruby on Rails', 'Django', 'Node.js'])
  await release.getByRole('button').click()
  await expect(release).toHaveAttribute('aria-sort', 'descending')
  await expect.poll(async () => (await tableOrder(page))[0]).toBe('FastAPI')

  // No horizontal scrollbar with the default columns.
  const overflow = await page.evaluate(() => {
    const main = document.querySelector('main') as HTMLElement
    const wrap = document.querySelector('.fw-table-wrap') as HTMLElement
    return {
      main: main.scrollWidth - main.clientWidth,
      table: wrap.scrollWidth - wrap.clientWidth,
      doc: document.documentElement.scrollWidth - window.innerWidth,
    }
  })
  expect(overflow).toEqual({ main: 0, table: 0, doc: 0 })
  await page.emulateMedia({ colorScheme: 'light' })
  await page.screenshot({ path: 'test-results/frameworks-light.png' })
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.screenshot({ path: 'test-results/frameworks-dark.png' })
  await page.emulateMedia({ colorScheme: 'light' })

  await page.getByRole('combobox', { name: 'Language' }).selectOption('Python')
  await expect.poll(() => tableOrder(page)).toEqual(['FastAPI', 'Flask', 'Django'])
  await expect(page.getByText('3 of 12 shown (Python).')).toBeVisible()

  await page.getByRole('checkbox', { name: 'Typical uses' }).check()
  await expect(page.getByRole('columnheader', { name: 'Typical uses' })).toBeVisible()
  await page.getByRole('checkbox', { name: 'License' }).uncheck()
  await expect(page.getByRole('columnheader', { name: 'License' })).toHaveCount(0)

  // The detail panel opens and closes from the keyboard.
  await page.getByRole('button', { name: 'Django details' }).focus()
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'Django' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByText('BSD-3-Clause')).toBeVisible()
  await expect(dialog.getByRole('heading', { name: 'Editorial ratings' })).toBeVisible()
  await page.screenshot({ path: 'test-results/frameworks-dialog.png' })
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('button', { name: 'Django details' })).toBeFocused()
  await app.close()
})

for (const size of [
  { width: 1024, height: 640 },
  { width: 1280, height: 800 },
]) {
  test(`at ${size.width} wide the default columns fit, the sticky mark column covers no text, and the score breakdown ends inside the window`, async () => {
    const app = await launchApp()
    const { page } = app
    await page.setViewportSize(size)
    await page.getByRole('link', { name: 'Frameworks' }).click()
    const table = page.getByRole('table', { name: /Backend frameworks compared/ })
    await expect(table).toBeVisible()
    // Nothing to scroll sideways, so no cell sits under the sticky mark column.
    expect(
      await page.evaluate(
        () =>
          (document.querySelector('.fw-table-wrap') as HTMLElement).scrollWidth -
          (document.querySelector('.fw-table-wrap') as HTMLElement).clientWidth,
      ),
    ).toBe(0)
    const mark = await table.getByRole('columnheader', { name: 'Your mark' }).boundingBox()
    const style = await table.getByRole('columnheader', { name: 'Style' }).boundingBox()
    expect(style!.x + style!.width).toBeLessThanOrEqual(mark!.x + 0.5)
    const ranking = page.getByRole('region', { name: 'Your ranking' })
    await ranking
      .getByText(/^Score breakdown:/)
      .first()
      .click()
    const why = ranking.getByRole('columnheader', { name: 'Why this rating' }).first()
    await why.scrollIntoViewIfNeeded()
    const box = await why.boundingBox()
    expect(box!.x + box!.width).toBeLessThanOrEqual(size.width)
    await app.close()
  })
}

test('Node.js is shown as a runtime with the reason', async () => {
  const app = await launchApp()
  const { page } = app
  await openFrameworks(page)
  await expect(page.getByText('Node.js is a runtime, not a framework.')).toBeVisible()
  await page.getByRole('button', { name: 'Node.js details' }).click()
  const dialog = page.getByRole('dialog', { name: 'Node.js' })
  await expect(dialog.getByText('A runtime, not a framework.')).toBeVisible()
  await dialog.getByRole('button', { name: 'Close' }).click()
  await app.close()
})

test('two frameworks compare side by side and the pick survives a restart', async () => {
  const first = await launchApp()
  await openFrameworks(first.page)
  await first.page.getByRole('checkbox', { name: 'Compare Django' }).check()
  await expect(first.page.getByText('Django is picked. Tick one more')).toBeVisible()
  await first.page.getByRole('checkbox', { name: 'Compare Gin' }).check()
  const compare = first.page.getByRole('table', { name: /Side-by-side comparison of Django, Gin/ })
  await expect(compare).toBeVisible()
  await expect(compare.getByRole('columnheader')).toHaveText([/Django/, /Gin/])
  await expect(compare.getByRole('row', { name: /^License/ })).toContainText('BSD-3-Clause')
  await expect(compare.getByRole('row', { name: /^Language/ })).toContainText('Go')
  await first.page.getByRole('heading', { name: 'Side by side' }).scrollIntoViewIfNeeded()
  await first.page.screenshot({ path: 'test-results/frameworks-compare.png' })
  await first.close()

  const second = await launchApp({ dataDir: first.dataDir })
  await openFrameworks(second.page)
  await expect(second.page.getByRole('checkbox', { name: 'Compare Gin' })).toBeChecked()
  await expect(second.page.getByRole('table', { name: /Side-by-side comparison of Django, Gin/ })).toBeVisible()
  await second.close()
})

test('changing weights changes the ranking, and weights and marks persist after a restart', async () => {
  const first = await launchApp()
  const { page, dataDir } = first
  await openFrameworks(page)
  const summary = page.getByRole('status').filter({ hasText: 'Top of your ranking' })
  const before = await summary.innerText()

  // Only performance counts: the two rated 5 share the top.
  for (const name of ['Ease of learning', 'Batteries included', 'Community', 'Job market'])
    await page.getByRole('slider', { name: `Weight of ${name}` }).fill('0')
  await page.getByRole('slider', { name: 'Weight of Performance' }).fill('5')
  await expect(summary).toHaveText('Top of your ranking: ASP.NET Core and Gin (tied) with 5.00 of 5.')
  expect(before).not.toBe(await summary.innerText())
  const ranking = page.getByRole('list', { name: 'Your framework ranking' })
  await expect(ranking.getByRole('listitem').first()).toContainText('Rank 1, tied: ASP.NET Core')

  // All zero: the app asks for a weight.
  await page.getByRole('slider', { name: 'Weight of Performance' }).fill('0')
  await expect(page.getByText('Set at least one weight above 0')).toBeVisible()
  await page.getByRole('slider', { name: 'Weight of Batteries included' }).fill('4')
  await expect(summary).toContainText('Top of your ranking:')
  const top = await summary.innerText()
  await page.getByRole('combobox', { name: 'Mark Django' }).first().selectOption('learning')
  await first.close()

  const onDisk = JSON.parse(await readFile(join(dataDir, 'groundwork-data.json'), 'utf8')) as {
    frameworks: { weights: Record<string, number>; marks: Record<string, string> }
  }
  expect(onDisk.frameworks.weights).toEqual({
    learningCurve: 0,
    performance: 0,
    batteriesIncluded: 4,
    community: 0,
    jobMarket: 0,
  })
  expect(onDisk.frameworks.marks).toEqual({ django: 'learning' })

  const second = await launchApp({ dataDir })
  await openFrameworks(second.page)
  await expect(second.page.getByRole('slider', { name: 'Weight of Batteries included' })).toHaveValue('4')
  await expect(second.page.getByRole('slider', { name: 'Weight of Performance' })).toHaveValue('0')
  await expect(second.page.getByRole('status').filter({ hasText: 'Top of your ranking' })).toHaveText(top)
  await expect(second.page.getByRole('combobox', { name: 'Mark Django' }).first()).toHaveValue('learning')
  await second.page.getByText('Score breakdown: Django').click()
  await expect(second.page.getByRole('row', { name: /^Batteries included 5\/5 4 5\.00/ })).toBeVisible()
  await second.page.getByRole('heading', { name: 'Your ranking' }).scrollIntoViewIfNeeded()
  await second.page.screenshot({ path: 'test-results/frameworks-ranking.png' })
  await second.page.emulateMedia({ colorScheme: 'dark' })
  await second.page.screenshot({ path: 'test-results/frameworks-ranking-dark.png' })
  await second.close()
})

test('the view has no axe-core violations in light and dark', async () => {
  const app = await launchApp()
  const { page } = app
  await openFrameworks(page)
  await page.getByRole('checkbox', { name: 'Compare Flask' }).check()
  await page.getByRole('checkbox', { name: 'Compare Laravel' }).check()
  await page.getByText('Score breakdown: Flask').click()
  const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
  await page.evaluate(axeSource)
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme })
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run(
              context: string,
            ): Promise<{ passes: unknown[]; violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }>
          }
        }
      ).axe
      const result = await axe.run('main')
      return {
        passed: result.passes.length,
        found: result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`),
      }
    })
    expect(violations.passed, 'axe ran its checks').toBeGreaterThan(10)
    expect(violations.found, colorScheme).toEqual([])
  }
  await app.close()
})
