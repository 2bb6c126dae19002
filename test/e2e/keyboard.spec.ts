import { expect, test, type Locator, type Page } from '@playwright/test'
import { launchApp, missingChromiumReason } from './harness'

test.skip(!!missingChromiumReason(), missingChromiumReason() ?? '')

/** What has focus now: its name, whether it is in the main area, and whether focus is drawn. */
interface Focused {
  label: string
  inMain: boolean
  inNav: boolean
  drawn: boolean
}

function focused(page: Page): Promise<Focused> {
  return page.evaluate(async () => {
    // One frame for the browser to settle focus (a date field hands it to its parts).
    await new Promise((done) => requestAnimationFrame(done))
    const el = document.activeElement as HTMLElement | null
    if (!el || el === document.body) return { label: 'body', inMain: false, inNav: false, drawn: false }
    const shows = (e: Element | null): boolean => {
      if (!e) return false
      const cs = getComputedStyle(e)
      return (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0) || cs.boxShadow !== 'none'
    }
    // A see-through input draws its focus on the element after it (the confidence circles).
    const drawn = shows(el) || (getComputedStyle(el).opacity === '0' && shows(el.nextElementSibling))
    const name =
      el.getAttribute('aria-label') ?? (el as HTMLInputElement).labels?.[0]?.textContent ?? el.textContent ?? ''
    return {
      label: `${el.tagName.toLowerCase()} "${name.trim().slice(0, 60)}"`,
      inMain: !!el.closest('#main'),
      inNav: !!el.closest('nav'),
      drawn,
    }
  })
}

/** Presses Tab until `target` has focus (at most `limit` times); fails with the path taken otherwise. */
async function tabTo(page: Page, target: Locator, limit = 150): Promise<void> {
  const path: string[] = []
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab')
    if (await target.evaluate((el) => el === document.activeElement)) return
    path.push((await focused(page)).label)
  }
  throw new Error(`Tab never reached the target; went through: ${path.slice(-20).join(' → ')}`)
}

/** Tabs through the whole main area of a view; answers every control reached and those without visible focus. */
async function walkMain(page: Page, limit = 400): Promise<{ reached: string[]; unmarked: string[] }> {
  const reached: string[] = []
  const unmarked: string[] = []
  let entered = false
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab')
    const now = await focused(page)
    if (!now.inMain) {
      if (entered) break
      continue
    }
    entered = true
    reached.push(now.label)
    if (!now.drawn) unmarked.push(now.label)
  }
  return { reached, unmarked }
}

test('every view is reached and walked with the keyboard alone, each control showing focus', async () => {
  const app = await launchApp()
  const { page } = app
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible()
  await expect(page.getByRole('heading', { name: /where to begin/ })).toBeVisible()

  // The first Tab offers the skip link, visibly.
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to content' })
  await expect(skip).toBeFocused()
  expect((await focused(page)).drawn).toBe(true)

  const nav = page.getByRole('navigation', { name: 'Main' })
  const names = await nav.getByRole('link').allInnerTexts()
  const counts: Record<string, number> = {}
  for (const name of names) {
    const link = nav.getByRole('link', { name, exact: true })
    // Focus left the last view's main area at its end; Tab goes round to the navigation.
    await tabTo(page, link, 30)
    await page.keyboard.press('Enter')
    await expect(link).toHaveAttribute('aria-current', 'page')
    await expect(page.getByRole('heading', { level: 1, name: name === 'Study log' ? 'Study log' : name })).toBeVisible()
    const { reached, unmarked } = await walkMain(page)
    counts[name] = reached.length
    expect(reached.length, `${name}: controls reached`).toBeGreaterThan(0)
    expect(unmarked, `${name}: controls without a visible focus mark`).toEqual([])
    if (name === 'Levels') {
      // Only the current level is open: the other two offer their disclosure button and nothing more.
      expect(reached).toContain('button "Show Mid level goals"')
      expect(reached).toContain('button "Show Senior level goals"')
      expect(reached).not.toContain('input "New goal for Mid level"')
      expect(reached.length, 'Levels: Tab stops with two levels closed').toBeLessThan(40)
    }
  }
  console.log(`keyboard: controls reached by Tab per view ${JSON.stringify(counts)}`)
  await app.close()
})

test('in Skills, a skill is opened, a sub-topic ticked, a note typed and a card written without the mouse', async () => {
  const app = await launchApp()
  const { page } = app
  await page.keyboard.press('Tab')
  await tabTo(page, page.getByRole('link', { name: 'Skills' }), 20)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'Skills', level: 1 })).toBeVisible()

  await tabTo(page, page.getByRole('button', { name: 'Databases', exact: true }))
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'Databases', level: 2 })).toBeVisible()

  // The skill's tabs are one Tab stop; the arrows move between its notes and its sub-topics.
  const notesTab = page.getByRole('tab', { name: /^Notes/ })
  const progressTab = page.getByRole('tab', { name: 'Sub-topics and progress' })
  await tabTo(page, notesTab)
  await page.keyboard.press('ArrowRight')
  await expect(progressTab).toBeFocused()
  await expect(progressTab).toHaveAttribute('aria-selected', 'true')

  const sub = page.getByRole('checkbox', { name: 'Indexes and why queries get slow' })
  await tabTo(page, sub)
  await page.keyboard.press('Space')
  await expect(sub).toBeChecked()
  await expect(page.getByText('1 of 7 ticked')).toBeVisible()

  // Confidence: one Tab stop, arrows pick the value.
  await tabTo(page, page.getByRole('radio', { name: /^1 of 5/ }))
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  await expect(page.getByRole('radio', { name: /^3 of 5/ })).toBeChecked()

  await tabTo(page, progressTab)
  await page.keyboard.press('ArrowLeft')
  await expect(notesTab).toHaveAttribute('aria-selected', 'true')
  await tabTo(page, page.getByRole('textbox', { name: 'Note title' }))
  await page.keyboard.type('Indexes')
  // From the title, past the layout switch (one stop), "Insert picture" and, once the note is saved, "New note", to the text.
  await page.keyboard.press('Tab')
  await expect(page.getByRole('radio', { name: 'Split' })).toBeFocused()
  await tabTo(page, page.getByRole('textbox', { name: 'Notes', exact: true }), 3)
  await page.keyboard.type('# B-trees\n\nAn index trades write speed for fast lookups.')
  await expect(page.getByRole('region', { name: 'Preview' }).getByRole('heading', { name: 'B-trees' })).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible()

  // A review card from this note: the disclosure opens with Enter, the question starts empty.
  await tabTo(page, page.getByText('Write a review card from this note'))
  await page.keyboard.press('Enter')
  const form = page.getByRole('form', { name: 'New card from “Indexes”' })
  await expect(form).toBeVisible()
  await page.keyboard.press('Tab')
  const question = form.getByRole('textbox', { name: 'Question' })
  await expect(question).toBeFocused()
  await expect(question).toHaveValue('')
  await page.keyboard.type('What does an index cost?')
  await page.keyboard.press('Tab')
  await page.keyboard.type('Slower writes and more disk space.')
  await page.keyboard.press('Tab')
  await expect(form.getByRole('button', { name: 'Add card' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(form.getByRole('status')).toContainText('Card added')

  // Evidence for this skill, on its sub-topics tab.
  await tabTo(page, notesTab)
  await page.keyboard.press('ArrowRight')
  const evidence = page.getByRole('form', { name: 'Add evidence for Databases' })
  await tabTo(page, evidence.getByRole('textbox', { name: 'Link' }))
  await page.keyboard.type('https://example.com/my-schema')
  await page.keyboard.press('Tab')
  await page.keyboard.type('My schema design')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('button', { name: 'Open My schema design in your browser' })).toBeVisible()

  // The status select of a row, with arrow keys.
  const status = page.getByRole('combobox', { name: 'Status of Databases' })
  await page.getByRole('searchbox', { name: 'Search skills and notes' }).focus()
  await tabTo(page, status)
  await page.keyboard.press('ArrowDown')
  await expect(status).not.toHaveValue('learning')
  await page.screenshot({ path: 'test-results/keyboard-skills.png' })
  await app.close()
})
