import { expect, test, type Page } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { describeViolations, seriousViolations } from './axe'
import { launchApp, missingChromiumReason } from './harness'
import { expectNoteText } from './note-text'
import { ankiFieldText, readAnkiText } from '../support/anki-text-import'

test.skip(!!missingChromiumReason(), missingChromiumReason() ?? '')

const QUESTION = 'Which four promises does ACID make?'
const ANSWER = 'Atomicity, consistency, isolation & durability <all four>'
const NOTE = `# Transactions\n\n${QUESTION} :: ${ANSWER}\n\n\`\`\`sql\nSELECT 'not :: a card';\n\`\`\`\n`

async function writeNote(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Skills' }).click()
  await page.getByRole('button', { name: 'Databases', exact: true }).click()
  await page.getByRole('textbox', { name: 'Notes', exact: true }).fill(NOTE)
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible()
  // The editor says how many cards the note holds (the code block's line is not one).
  await expect(page.getByText('Review cards in this note (1)')).toBeVisible()
}

for (const viewport of [
  { width: 1024, height: 640 },
  { width: 1280, height: 800 },
]) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`a card written in a note is reviewed, leads back to its note and goes to Anki (${viewport.width}x${viewport.height}, ${scheme})`, async () => {
      const app = await launchApp()
      const { page } = app
      try {
        await page.setViewportSize(viewport)
        await page.emulateMedia({ colorScheme: scheme })
        await writeNote(page)

        await page.getByRole('link', { name: 'Review' }).click()
        const fromNotes = page.getByRole('region', { name: 'Cards in your notes' })
        await expect(fromNotes.getByText(QUESTION)).toBeVisible()
        await page.getByRole('button', { name: /^Start review/ }).click()
        const card = page.getByLabel('Current card')
        // The learner's own cards come first among new ones.
        await expect(card.getByText(QUESTION)).toBeVisible()
        await page.keyboard.press('Space')
        await expect(card.getByText(ANSWER)).toBeVisible()
        expect(describeViolations(await seriousViolations(page)), `${scheme} theme`).toEqual([])
        // The card leads back to its note.
        await page.getByRole('button', { name: 'Open the note this card comes from' }).click()
        await expect(page.getByRole('heading', { level: 1, name: 'Skills' })).toBeVisible()
        await expectNoteText(page, NOTE)

        // Answered in a new session, it is saved like any card.
        await page.getByRole('link', { name: 'Review' }).click()
        await page.getByRole('button', { name: /^Start review/ }).click()
        await expect(card.getByText(QUESTION)).toBeVisible()
        await page.keyboard.press('Space')
        await page.keyboard.press('3')
        // A card written today joins past the day's ten new ones.
        await expect(page.getByText('1 answered, 10 to go')).toBeVisible()
        await page.keyboard.press('Escape')
        await page.getByRole('button', { name: 'Back to the overview' }).click()

        // So does its line in the list of note cards.
        await fromNotes.getByRole('button', { name: `Open note: ${QUESTION}` }).click()
        await expectNoteText(page, NOTE)

        // Export for Anki and read the file as Anki would.
        await page.getByRole('link', { name: 'Review' }).click()
        await page.getByRole('button', { name: 'Export for Anki' }).click()
        const saved = page.getByRole('status').filter({ hasText: /^Saved \d+ cards to / })
        await expect(saved).toBeVisible()
        const path = /to (.+)$/.exec((await saved.textContent()) ?? '')?.[1] ?? ''
        const file = readAnkiText(await readFile(path, 'utf8'))
        expect(file.headers).toMatchObject({
          separator: 'tab',
          html: 'true',
          notetype: 'Basic',
          deck: 'Groundwork',
          'tags column': '3',
          'guid column': '4',
        })
        const row = file.rows.find((r) => ankiFieldText(r[0]!, file.html) === QUESTION)
        expect(row && ankiFieldText(row[1]!, file.html)).toBe(ANSWER)
        expect(row?.[2]).toBe('groundwork groundwork::databases groundwork::note')
        expect(file.rows.some((r) => r[0]!.includes('not :: a card'))).toBe(false)
        expect(app.consoleErrors).toEqual([])
      } finally {
        await app.close()
      }
    })
  }
}
