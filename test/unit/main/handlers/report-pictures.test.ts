import { describe, expect, it } from 'vitest'
import { readFile } from 'node:fs/promises'
import { Window } from 'happy-dom'
import { optionsWith } from '../../../support/report-fixture'
import { withCore } from '../../../support/with-core'
import { pngBytes, storedName } from '../../../support/png'

const test = withCore()
const FULL_NOTES = optionsWith({ notes: 'full' })

/** Exports the report with the notes in full, and answers the file's text. */
async function exported(format: 'html' | 'md'): Promise<string> {
  const { path } = await test.ok<{ path: string }>('reports:export', { format, options: FULL_NOTES })
  return readFile(path, 'utf8')
}

describe('pictures in an exported report', () => {
  it('embeds each stored picture of a note in the HTML file as a data URL, sized to the page', async () => {
    const picture = await test.core.attachments.add(pngBytes('plan'))
    const missing = storedName(pngBytes('never stored'))
    await test.ok('notes:create', {
      skillId: 'databases',
      title: 'Plans',
      body: `![query plan](attachments/${picture})\n\n![lost one](attachments/${missing})`,
    })
    const html = await exported('html')
    const page = new Window()
    page.document.write(html)
    const img = page.document.querySelector('img.note-picture')
    expect(img?.getAttribute('src')).toBe(`data:image/png;base64,${pngBytes('plan').toString('base64')}`)
    expect(img?.getAttribute('alt')).toBe('query plan')
    expect(html).toContain('.note-picture { max-width: 100%; height: auto; break-inside: avoid;')
    // A picture the profile lacks reads as its label; nothing points outside the file.
    expect(html).toContain('[image: lost one]')
    expect(html).not.toContain(`attachments/${picture}`)
  })

  it('names the picture and where it is kept in the Markdown file', async () => {
    const picture = await test.core.attachments.add(pngBytes('plan'))
    await test.ok('notes:create', {
      skillId: 'databases',
      title: 'Plans',
      body: `![query plan](attachments/${picture})`,
    })
    expect(await exported('md')).toContain(`\\[image: query plan, in attachments/${picture}]`)
  })
})
