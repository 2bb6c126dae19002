import { expect, type Locator, type Page } from '@playwright/test'

// The note editor is CodeMirror: its text is the lines it shows, not a form value. These read it as
// the learner sees it (short notes: CodeMirror draws only the lines in sight of a long one).

/** The note editor's text box. */
export function noteBody(page: Page): Locator {
  return page.getByRole('textbox', { name: 'Notes', exact: true })
}

/** The note's text as the editor shows it: its lines, one by one (an empty note's placeholder is no text). */
export function noteText(page: Page): Promise<string> {
  return noteBody(page).evaluate((element) =>
    [...element.querySelectorAll('.cm-line')]
      .map((line) => (line.querySelector('.cm-placeholder') ? '' : (line.textContent ?? '')))
      .join('\n'),
  )
}

/**
 * Waits until the note editor shows exactly `text` (or text matching it). A note longer than the
 * editor's height is drawn from its top only, so there the lines drawn must be the text's first
 * lines, a screenful at least.
 */
export async function expectNoteText(page: Page, text: string | RegExp): Promise<void> {
  const shown = () => noteText(page)
  const drawnPart = (drawn: string): string =>
    drawn.split('\n').length >= 20 && text.toString().startsWith(`${drawn}\n`) ? text.toString() : drawn
  if (typeof text === 'string') await expect.poll(async () => drawnPart(await shown())).toBe(text)
  else await expect.poll(shown).toMatch(text)
}

/** Opens one of the open skill's two tabs: its notes, or its sub-topics and progress. */
export async function showTab(page: Page, tab: 'notes' | 'progress'): Promise<void> {
  await page.getByRole('tab', { name: tab === 'notes' ? /^Notes/ : 'Sub-topics and progress' }).click()
}
