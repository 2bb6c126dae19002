import { expect, test, type Page } from '@playwright/test'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { launchApp, missingChromiumReason, type LaunchedApp } from './harness'
import { richState } from '../support/report-fixture'
import { seriousViolations } from './axe'
import type { AppState } from '../../src/shared/model'

test.skip(!!missingChromiumReason(), missingChromiumReason() ?? '')

const RUNS = [
  { scheme: 'light', width: 1024, height: 640 },
  { scheme: 'dark', width: 1024, height: 640 },
  { scheme: 'light', width: 1280, height: 800 },
  { scheme: 'dark', width: 1280, height: 800 },
] as const

/** The rich learner plus one card of their own that has been reviewed, so it has a schedule. */
function seeded(): AppState {
  const state = richState()
  state.review.custom['c-own'] = {
    id: 'c-own',
    skillId: 'apis',
    front: 'What does 409 mean?',
    back: 'Conflict',
    createdAt: '2026-11-10T10:00:00.000Z',
  }
  state.review.cards['c-own'] = {
    due: '2026-11-28T10:00:00.000Z',
    stability: 3.2,
    difficulty: 5.1,
    elapsed_days: 0,
    scheduled_days: 3,
    learning_steps: 0,
    reps: 1,
    lapses: 0,
    state: 2,
    last_review: '2026-11-25T10:00:00.000Z',
    lastGrade: 3,
    lapsed: false,
  }
  return state
}

async function launchSeeded(run: (typeof RUNS)[number]): Promise<LaunchedApp> {
  const dataDir = await mkdtemp(join(tmpdir(), 'groundwork-e2e-'))
  await writeFile(join(dataDir, 'groundwork-data.json'), JSON.stringify(seeded()))
  const app = await launchApp({ dataDir })
  await app.page.emulateMedia({ colorScheme: run.scheme })
  await app.page.setViewportSize({ width: run.width, height: run.height })
  return app
}

const onDisk = async (app: LaunchedApp): Promise<AppState> =>
  JSON.parse(await readFile(join(app.dataDir, 'groundwork-data.json'), 'utf8')) as AppState

async function show(page: Page, view: string): Promise<void> {
  const link = page.getByRole('navigation').getByRole('link', { name: view })
  await link.click()
  await expect(link).toHaveAttribute('aria-current', 'page')
  await expect(page.getByRole('main').getByRole('heading', { level: 1, name: view })).toBeVisible()
}

/** The undo bar says `message`; pressing Undo makes it go (main answered, so the change is on disk). */
async function undo(page: Page, message: string): Promise<void> {
  const bar = page.getByRole('status').filter({ hasText: message })
  await expect(bar).toBeVisible()
  await bar.getByRole('button', { name: 'Undo', exact: true }).click()
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toHaveCount(0)
}

for (const run of RUNS) {
  const where = `${run.scheme} at ${run.width}x${run.height}`

  test(`native controls follow the ${run.scheme} theme and the shortcuts sheet opens at its top (${where})`, async () => {
    const app = await launchSeeded(run)
    const { page } = app
    // The scheme each control is drawn in: what a light-dark() pair resolves to on it (its computed
    // color-scheme may be "light dark", which leaves the choice to the OS setting).
    const schemesOf = (selectors: string[]): Promise<string[][]> =>
      page.evaluate(
        (list) =>
          list.map((selector) => {
            const element = document.querySelector<HTMLElement>(selector)
            if (!element) return [selector, 'missing']
            element.style.outlineColor = 'light-dark(rgb(1, 1, 1), rgb(2, 2, 2))'
            const used = getComputedStyle(element).outlineColor === 'rgb(2, 2, 2)' ? 'dark' : 'light'
            element.style.outlineColor = ''
            return [selector, used]
          }),
        selectors,
      )
    await show(page, 'Levels')
    const schemes = await schemesOf([
      'input[type="checkbox"]',
      'input[type="radio"]',
      'input[type="date"]',
      'button',
      'main',
    ])
    await show(page, 'Study log')
    schemes.push(...(await schemesOf(['select', 'input[type="number"]', 'input[type="date"]'])))
    await show(page, 'Frameworks')
    schemes.push(...(await schemesOf(['input[type="range"]', 'select'])))
    for (const [selector, scheme] of schemes) expect(scheme, selector).toBe(run.scheme)

    await page.getByRole('main').focus()
    await page.keyboard.press('?')
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
    await expect(sheet).toBeVisible()
    const opened = await sheet.evaluate((dialog) => {
      const box = dialog.getBoundingClientRect()
      const focused = document.activeElement?.getBoundingClientRect()
      const heading = dialog.querySelector('h2')?.getBoundingClientRect()
      return {
        scrollTop: dialog.scrollTop,
        scrolls: dialog.scrollHeight > dialog.clientHeight,
        headingInSight: !!heading && heading.top >= box.top && heading.bottom <= box.bottom,
        focusInSight: !!focused && focused.top >= box.top && focused.bottom <= box.bottom,
        focusInside: dialog.contains(document.activeElement),
      }
    })
    expect(opened).toMatchObject({ scrollTop: 0, headingInSight: true, focusInSight: true, focusInside: true })
    // A sheet taller than the window starts on its heading, not on Close at its end.
    if (opened.scrolls) await expect(sheet.getByRole('heading', { name: 'Keyboard shortcuts' })).toBeFocused()
    await page.keyboard.press('Escape')
    await expect(sheet).toBeHidden()
    expect(app.consoleErrors).toEqual([])
    await app.close()
  })

  test(`removing a session, goal, card, evidence link and note offers undo, and undo restores each on disk (${where})`, async () => {
    test.setTimeout(120_000)
    const app = await launchSeeded(run)
    const { page } = app
    const before = await onDisk(app)

    await show(page, 'Study log')
    await page.getByRole('button', { name: /^Remove 40 min of APIs on / }).click()
    await expect(page.getByRole('button', { name: /^Remove 40 min of APIs on / })).toHaveCount(0)
    expect((await onDisk(app)).study.sessions.map((s) => s.id)).not.toContain('s-api')
    // The bar itself passes axe in this theme (contrast of its inverted colours included).
    await expect(page.getByRole('status').filter({ hasText: 'Removed 40 min of APIs from the log.' })).toBeVisible()
    expect(await seriousViolations(page)).toEqual([])
    await undo(page, 'Removed 40 min of APIs from the log.')
    expect((await onDisk(app)).study.sessions).toEqual(before.study.sessions)
    await expect(page.getByRole('button', { name: /^Remove 40 min of APIs on / })).toBeVisible()

    await page.getByRole('combobox', { name: 'Skill' }).last().selectOption({ label: 'APIs' })
    await page.getByRole('button', { name: 'Remove REST write-up' }).click()
    await expect(page.getByRole('button', { name: 'Remove REST write-up' })).toHaveCount(0)
    await undo(page, 'Removed the link “REST write-up”.')
    expect((await onDisk(app)).evidence).toEqual(before.evidence)

    await show(page, 'Levels')
    await page.getByRole('button', { name: 'Delete: Pair with a senior | weekly' }).click()
    await expect(page.getByRole('checkbox', { name: 'Pair with a senior | weekly' })).toHaveCount(0)
    expect((await onDisk(app)).levels.entry.customGoals.map((g) => g.id)).toEqual(['own-side-project'])
    await undo(page, 'Deleted the goal “Pair with a senior | weekly”.')
    expect((await onDisk(app)).levels.entry).toEqual(before.levels.entry)

    await show(page, 'Review')
    await page.getByRole('button', { name: 'Delete card: What does 409 mean?' }).click()
    await expect(page.getByRole('button', { name: 'Delete card: What does 409 mean?' })).toHaveCount(0)
    expect((await onDisk(app)).review.cards['c-own']).toBeUndefined()
    // Ctrl+Z outside a text field is the same undo.
    await page.getByRole('main').focus()
    await expect(page.getByRole('status').filter({ hasText: 'Deleted the card “What does 409 mean?”.' })).toBeVisible()
    await page.keyboard.press('Control+z')
    await expect(page.getByRole('button', { name: 'Delete card: What does 409 mean?' })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Undo', exact: true })).toHaveCount(0)
    const review = (await onDisk(app)).review
    expect(review.custom['c-own']).toEqual(before.review.custom['c-own'])
    expect(review.cards['c-own']).toEqual(before.review.cards['c-own'])

    await show(page, 'Skills')
    await page.getByRole('button', { name: 'APIs', exact: true }).click()
    // APIs has one note, so it opens by itself.
    await expect(page.getByRole('textbox', { name: 'Note title' })).toHaveValue('=HYPERLINK("http://example.invalid")')
    await page.getByRole('button', { name: 'Delete note' }).click()
    await page.getByRole('alertdialog', { name: 'Delete this note?' }).getByRole('button', { name: 'Delete' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Deleted the note' })).toBeVisible()
    expect((await onDisk(app)).notes['api-old']).toBeUndefined()
    await undo(page, 'Deleted the note “=HYPERLINK("http://example.invalid")”.')
    expect((await onDisk(app)).notes['api-old']).toEqual(before.notes['api-old'])
    await expect(page.getByRole('textbox', { name: 'Note title' })).toHaveValue('=HYPERLINK("http://example.invalid")')

    expect(app.consoleErrors).toEqual([])
    await app.close()
  })
}
