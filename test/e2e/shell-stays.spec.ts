import { expect, test, type Locator, type Page } from '@playwright/test'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { launchApp, missingChromiumReason, type LaunchedApp } from './harness'
import { richState } from '../support/report-fixture'

test.skip(!!missingChromiumReason(), missingChromiumReason() ?? '')

const VIEWS = ['Dashboard', 'Skills', 'Levels', 'Frameworks', 'Reports', 'Review', 'Study log', 'Data']
const SMALL = { width: 1024, height: 640 }
const SIZES = [SMALL, { width: 1280, height: 800 }]

/** The rich fixture on disk, so most views are taller than the window. */
async function launchRich(): Promise<LaunchedApp> {
  const dataDir = await mkdtemp(join(tmpdir(), 'groundwork-e2e-'))
  await writeFile(join(dataDir, 'groundwork-data.json'), JSON.stringify(richState()))
  return launchApp({ dataDir })
}

async function show(page: Page, view: string): Promise<void> {
  const link = page.getByRole('navigation').getByRole('link', { name: view })
  await link.click()
  await expect(link).toHaveAttribute('aria-current', 'page')
  await expect(page.getByRole('main').getByRole('heading', { level: 1 }).first()).toBeVisible()
}

/** The window itself has not scrolled and the navigation is whole inside it. */
async function expectShellInPlace(page: Page, where: string): Promise<void> {
  const size = page.viewportSize()
  const nav = await page.getByRole('navigation', { name: 'Main' }).boundingBox()
  expect(nav, where).not.toBeNull()
  if (!nav || !size) return
  expect(nav.y, where).toBeGreaterThanOrEqual(0)
  expect(nav.x, where).toBeGreaterThanOrEqual(0)
  expect(nav.y + nav.height, where).toBeLessThanOrEqual(size.height + 0.5)
  expect(nav.x + nav.width, where).toBeLessThanOrEqual(size.width + 0.5)
  expect(await page.evaluate(() => document.scrollingElement?.scrollTop), where).toBe(0)
}

function scrollTop(main: Locator): Promise<number> {
  return main.evaluate((el) => el.scrollTop)
}

test('no view scrolls the window: the navigation stays put and the main area scrolls', async () => {
  test.setTimeout(180_000)
  const app = await launchRich()
  const { page } = app
  const main = page.getByRole('main')
  for (const size of SIZES) {
    await page.setViewportSize(size)
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme })
      for (const view of VIEWS) {
        const where = `${view} at ${size.width}x${size.height}, ${colorScheme}`
        await show(page, view)
        // Keys while the just-clicked link has focus, then the wheel over the view.
        await page.keyboard.press('End')
        await page.keyboard.press('PageDown')
        await expectShellInPlace(page, `${where}, keys on the link`)
        const box = await main.boundingBox()
        await page.mouse.move((box?.x ?? 300) + 200, (box?.y ?? 0) + 200)
        await page.mouse.wheel(0, 20_000)
        await expectShellInPlace(page, `${where}, wheel`)
        // Keys scroll the view once it has focus, as after "Skip to content".
        const tall = await main.evaluate((el) => el.scrollHeight > el.clientHeight + 1)
        await main.evaluate((el) => el.scrollTo(0, 0))
        await main.focus()
        await page.keyboard.press('PageDown')
        if (tall) await expect.poll(() => scrollTop(main), where).toBeGreaterThan(0)
        await page.keyboard.press('End')
        await expectShellInPlace(page, `${where}, keys in the view`)
      }
    }
  }
  // A dialog opened from far down a view still opens at its top, inside the window.
  await show(page, 'Frameworks')
  await main.focus()
  await page.keyboard.press('End')
  await page.getByRole('button', { name: 'Django details' }).click()
  const dialog = await page.getByRole('dialog').boundingBox()
  expect(dialog?.y).toBeGreaterThanOrEqual(0)
  expect(await page.getByRole('dialog').evaluate((el) => el.scrollTop)).toBe(0)
  await expectShellInPlace(page, 'with the framework dialog open')
  await app.close()
})

/** The scheme the checkbox is drawn in: what a light-dark() pair resolves to on it (its computed color-scheme may be "light dark", which leaves the choice to the OS). */
function checkboxScheme(page: Page): Promise<string> {
  return page.getByRole('checkbox', { name: 'Compare Django' }).evaluate((el: HTMLElement) => {
    el.style.outlineColor = 'light-dark(rgb(1, 1, 1), rgb(2, 2, 2))'
    const used = getComputedStyle(el).outlineColor === 'rgb(2, 2, 2)' ? 'dark' : 'light'
    el.style.outlineColor = ''
    return used
  })
}

test('native controls follow the theme: System with the OS, and the explicit choices', async () => {
  const app = await launchRich()
  const { page } = app
  await show(page, 'Frameworks')
  await page.emulateMedia({ colorScheme: 'dark' })
  await expect.poll(() => checkboxScheme(page)).toBe('dark')
  await page.emulateMedia({ colorScheme: 'light' })
  await expect.poll(() => checkboxScheme(page)).toBe('light')

  // The theme is chosen in the Data view's Appearance section; the Frameworks checkbox follows it.
  await show(page, 'Data')
  await page.getByRole('radio', { name: 'Dark' }).check()
  await show(page, 'Frameworks')
  await expect.poll(() => checkboxScheme(page)).toBe('dark')
  await page.emulateMedia({ colorScheme: 'dark' })
  await show(page, 'Data')
  await page.getByRole('radio', { name: 'Light' }).check()
  await show(page, 'Frameworks')
  await expect.poll(() => checkboxScheme(page)).toBe('light')
  await show(page, 'Data')
  await page.getByRole('radio', { name: 'System' }).check()
  await show(page, 'Frameworks')
  await expect.poll(() => checkboxScheme(page)).toBe('dark')
  await app.close()
})

test('nothing is cut off at 1024 wide: every framework column and the skill detail fit', async () => {
  const app = await launchRich()
  const { page } = app
  await show(page, 'Frameworks')
  const columns = page.getByRole('group', { name: 'Columns' })
  for (const box of await columns.getByRole('checkbox').all()) {
    await box.check()
    await expect(box).toBeChecked()
  }
  for (const size of SIZES) {
    await page.setViewportSize(size)
    const header = page.getByRole('columnheader', { name: 'Your mark' })
    await expect(header).toBeVisible()
    // Its right edge lies inside the box that scrolls the table sideways, or the window.
    const edges = await header.evaluate((th) => {
      let box: Element | null = th.parentElement
      while (box && !(box.scrollWidth > box.clientWidth && getComputedStyle(box).overflowX !== 'visible'))
        box = box.parentElement
      const right = box ? box.getBoundingClientRect().left + box.clientLeft + box.clientWidth : window.innerWidth
      return { header: th.getBoundingClientRect().right, limit: Math.min(right, window.innerWidth) }
    })
    expect(edges.header, `at ${size.width}`).toBeLessThanOrEqual(edges.limit + 0.5)
  }

  await page.setViewportSize(SMALL)
  await show(page, 'Skills')
  await page.getByRole('button', { name: 'Databases', exact: true }).click()
  await page.getByRole('tab', { name: 'Sub-topics and progress' }).click()
  const detail = page.getByRole('article', { name: 'Databases' })
  await expect(detail).toBeVisible()
  const fit = await detail.evaluate((card) => {
    const right = card.getBoundingClientRect().right - card.clientLeft - parseFloat(getComputedStyle(card).paddingRight)
    const over = [...card.children]
      .filter((child) => child.getBoundingClientRect().right > right + 0.5)
      .map((child) => child.className)
    return { scroll: card.scrollWidth - card.clientWidth, over }
  })
  expect(fit).toEqual({ scroll: 0, over: [] })
  // No view is wider than the main area: a wide part scrolls in its own box, never the whole view.
  for (const view of VIEWS) {
    await show(page, view)
    // The report preview is built by main after the view shows; measure it, not its placeholder.
    if (view === 'Reports')
      await expect(
        page.getByRole('article', { name: 'Report preview' }).getByRole('region', { name: 'Notes' }),
      ).toBeVisible()
    const overflow = await page.getByRole('main').evaluate((main) => main.scrollWidth - main.clientWidth)
    expect({ view, overflow }).toEqual({ view, overflow: 0 })
  }
  await app.close()
})
