import { expect, test, type Locator, type Page } from '@playwright/test'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { launchApp, missingChromiumReason, type LaunchedApp } from './harness'
import { freshState } from '../../src/shared/model'

test.skip(!!missingChromiumReason(), missingChromiumReason() ?? '')

const SIZES = [
  { width: 1024, height: 640 },
  { width: 1280, height: 800 },
]
const SCHEMES = ['light', 'dark'] as const

/** The note every scenario looks for: the oldest of 40 on Databases, so it is far down the list. */
const TARGET_NOTE = 'Vacuum and autovacuum'

/** A data file with 40 notes on Databases, the target the oldest. */
async function launchWithNotes(): Promise<LaunchedApp> {
  const state = freshState()
  for (let i = 0; i < 40; i++) {
    const at = new Date(Date.UTC(2026, 9, 1 + i)).toISOString()
    state.notes[`n${i}`] = {
      id: `n${i}`,
      skillId: 'databases',
      title: i === 0 ? TARGET_NOTE : `Database note ${i}`,
      body: i === 0 ? 'Dead tuples and when autovacuum runs.' : `Body ${i}.`,
      createdAt: at,
      updatedAt: at,
    }
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'groundwork-e2e-'))
  await writeFile(join(dataDir, 'groundwork-data.json'), JSON.stringify(state))
  return launchApp({ dataDir })
}

/** The item is inside the window and inside the main area's scrolled view, and has focus. */
async function expectLanded(page: Page, item: Locator, where: string): Promise<void> {
  await expect(item, where).toBeFocused()
  await expect(item, where).toBeInViewport()
  const box = await item.boundingBox()
  const main = await page.getByRole('main').boundingBox()
  expect(
    box && main && box.y >= main.y - 0.5 && box.y + box.height <= main.y + main.height + 0.5,
    `${where}: inside the main area`,
  ).toBe(true)
  // The main area scrolled to it, not the window.
  expect(await page.evaluate(() => document.scrollingElement?.scrollTop), `${where}: the window stays put`).toBe(0)
}

/** Opens the palette, types, checks which line Enter would choose, and presses Enter (or clicks `pick`). */
async function palette(
  page: Page,
  text: string,
  chosen: RegExp,
  pick?: { group: string; option: RegExp },
): Promise<void> {
  await page.keyboard.press('Control+K')
  const dialog = page.getByRole('dialog', { name: 'Command palette' })
  await expect(dialog).toBeVisible()
  await page.keyboard.type(text)
  await expect(dialog.getByRole('option', { selected: true })).toHaveText(chosen)
  if (pick) await dialog.getByRole('group', { name: pick.group }).getByRole('option', { name: pick.option }).click()
  else await page.keyboard.press('Enter')
  await expect(dialog).toBeHidden()
}

for (const size of SIZES) {
  for (const scheme of SCHEMES) {
    test(`links, search hits and palette entries land on their exact item (${size.width}x${size.height}, ${scheme})`, async () => {
      const app = await launchWithNotes()
      const { page } = app
      await page.setViewportSize(size)
      await page.emulateMedia({ colorScheme: scheme })
      await page.getByRole('link', { name: 'Skills' }).click()
      await page.getByRole('button', { name: 'Backend programming languages', exact: true }).click()
      await expect(page.getByRole('heading', { name: 'Backend programming languages', level: 2 })).toBeVisible()

      // A skill chip in Levels opens that skill, not the one open before.
      await page.getByRole('link', { name: 'Levels' }).click()
      const goal = page
        .getByRole('listitem')
        .filter({ has: page.getByRole('checkbox', { name: 'Store and query data in PostgreSQL or MySQL' }) })
      await goal.getByRole('button', { name: /^Databases/ }).click()
      await expectLanded(page, page.getByRole('heading', { name: 'Databases', level: 2 }), 'skill chip')
      await expect(page.getByRole('button', { name: 'Databases', exact: true })).toHaveAttribute('aria-current', 'true')

      // A search hit on a note far down the list shows that note, in view and focused.
      const search = page.getByRole('searchbox', { name: 'Search skills and notes' })
      await search.fill('autovacuum')
      await page
        .getByRole('list', { name: 'Search results' })
        .getByRole('button', { name: new RegExp(TARGET_NOTE) })
        .click()
      const title = page.getByRole('textbox', { name: 'Note title' })
      await expect(title).toHaveValue(TARGET_NOTE)
      await expectLanded(page, title, 'search hit')
      await search.fill('')

      // The palette finds a skill, a note by its title, a goal and a framework, and lands on each.
      await palette(page, 'web servers', /^Web servers/)
      await expectLanded(page, page.getByRole('heading', { name: 'Web servers', level: 2 }), 'palette skill')
      // The last skill of the list: its row in the checklist scrolls into sight too.
      await palette(page, 'adapting to new', /^Adapting to new technology/)
      await expectLanded(
        page,
        page.getByRole('heading', { name: 'Adapting to new technology', level: 2 }),
        'palette skill at the end of the list',
      )
      await expect(page.getByRole('button', { name: 'Adapting to new technology', exact: true })).toHaveAttribute(
        'aria-current',
        'true',
      )
      await expect(page.getByRole('button', { name: 'Adapting to new technology', exact: true })).toBeInViewport()

      await palette(page, TARGET_NOTE.toLowerCase(), new RegExp(`^${TARGET_NOTE}Databases`))
      await expect(title).toHaveValue(TARGET_NOTE)
      await expectLanded(page, title, 'palette note')

      // A goal of a closed level: the level opens and the goal's tick takes focus.
      await palette(page, 'split a system into', /^Split a system into microservices/)
      await expectLanded(
        page,
        page.getByRole('checkbox', { name: 'Split a system into microservices, and know when not to' }),
        'palette goal',
      )
      await expect(page.getByRole('button', { name: 'Hide Senior level goals' })).toHaveAttribute(
        'aria-expanded',
        'true',
      )

      // A framework, picked with the mouse from its own heading (a sub-topic of the same name may come first).
      await palette(page, 'laravel', /Laravel/, { group: 'Frameworks', option: /Laravel/ })
      await expectLanded(page, page.getByRole('button', { name: 'Laravel details' }), 'palette framework')
      expect(app.consoleErrors).toEqual([])
      await app.close()
    })
  }
}
