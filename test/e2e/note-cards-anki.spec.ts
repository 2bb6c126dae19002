import { expect, test, type Page } from '@playwright/test'
import { mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describeViolations, seriousViolations } from './axe'
import { launchApp, missingChromiumReason } from './harness'
import { expectNoteText } from './note-text'
import { ankiFieldText, readAnkiText } from '../support/anki-text-import'
import { seededState } from '../support/report-fixture'
import { pngBytes, storedName } from '../support/png'

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

test('a card showing a picture goes to Anki as an image, the picture in a folder beside the file', async () => {
  const picture = pngBytes('index scan')
  const name = storedName(picture)
  const dataDir = await mkdtemp(join(tmpdir(), 'groundwork-e2e-'))
  const state = seededState()
  state.notes['db-plan'] = {
    id: 'db-plan',
    skillId: 'databases',
    title: 'Query plans',
    body: `Which scan is this? :: ![plan](attachments/${name}) an index scan`,
    createdAt: '2026-11-21T08:00:00.000Z',
    updatedAt: '2026-11-21T08:00:00.000Z',
  }
  await writeFile(join(dataDir, 'groundwork-data.json'), JSON.stringify(state))
  await mkdir(join(dataDir, 'attachments'))
  await writeFile(join(dataDir, 'attachments', name), picture)
  const app = await launchApp({ dataDir })
  const { page } = app
  try {
    await page.getByRole('link', { name: 'Review' }).click()
    // The note's card is found before the export.
    await expect(
      page.getByRole('region', { name: 'Cards in your notes' }).getByText('Which scan is this?'),
    ).toBeVisible()
    await page.getByRole('button', { name: 'Export for Anki' }).click()
    const saved = page.getByRole('status').filter({ hasText: /^Saved \d+ cards to / })
    await expect(saved).toContainText('The picture the cards show went to ')
    await expect(saved).toContainText('collection.media folder of your Anki profile')
    const path = /to (.+?\.txt)\./.exec((await saved.textContent()) ?? '')?.[1] ?? ''
    const media = path.replace(/\.txt$/, '-media')
    await expect(saved).toContainText(media)
    expect(await readdir(media)).toEqual([name])
    expect(await readFile(join(media, name))).toEqual(picture)
    const file = readAnkiText(await readFile(path, 'utf8'))
    const row = file.rows.find((r) => ankiFieldText(r[0]!, file.html) === 'Which scan is this?')
    expect(row?.[1]).toBe(`<img src="${name}" alt="plan"> an index scan`)
    expect(app.consoleErrors).toEqual([])
  } finally {
    await app.close()
  }
})
