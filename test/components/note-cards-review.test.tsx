import { describe, expect, it } from 'vitest'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { withRealApi } from '../support/with-real-api'
import ReviewView from '../../src/renderer/src/views/ReviewView'
import { useMainEvents } from '../../src/renderer/src/state/main-events'
import { useStore } from '../../src/renderer/src/state/store'
import { FEATURE_COMMANDS } from '../../src/renderer/src/commands/feature-commands'
import { readFile } from 'node:fs/promises'
import { readAnkiText } from '../support/anki-text-import'

const real = withRealApi()
const QUESTION = 'What is SQL?'

/** The Review view as the app shows it: with main's events heard. */
function ReviewWithEvents() {
  useMainEvents()
  return <ReviewView />
}

describe('cards inside notes in Review', () => {
  it('lists a card written in a note as soon as main derives it, and links back to that note', async () => {
    const user = userEvent.setup()
    render(<ReviewWithEvents />)
    expect(screen.getByText(/None yet\. Write a line like/)).toBeTruthy()
    const created = await useStore
      .getState()
      .notes.create('databases', { title: 'SQL', body: 'What is SQL? :: A query language' })
    if (!created.ok) throw new Error(created.message)

    const list = await screen.findByRole('region', { name: 'Cards in your notes' })
    expect(within(list).getByText('What is SQL?')).toBeTruthy()
    await user.click(within(list).getByRole('button', { name: `Open note: ${QUESTION}` }))
    expect(useStore.getState()).toMatchObject({
      view: 'skills',
      selectedSkillId: 'databases',
      selectedNoteId: created.value.id,
    })
  })

  it('shows the note card first in a session, with its answer and a link to its note', async () => {
    const user = userEvent.setup()
    render(<ReviewWithEvents />)
    const created = await useStore
      .getState()
      .notes.create('apis', { title: 'HTTP', body: 'Which status means not found? ::\nFour hundred\nand four' })
    if (!created.ok) throw new Error(created.message)
    await screen.findByText('Which status means not found?')
    await user.click(screen.getByRole('button', { name: /^Start review/ }))
    const card = screen.getByLabelText('Current card')
    expect(within(card).getByText('Which status means not found?')).toBeTruthy()
    await user.keyboard(' ')
    expect((await within(card).findByText(/^Answer:/)).parentElement?.textContent).toBe(
      'Answer: Four hundred\nand four',
    )
    await user.click(screen.getByRole('button', { name: 'Open the note this card comes from' }))
    expect(useStore.getState()).toMatchObject({
      view: 'skills',
      selectedSkillId: 'apis',
      selectedNoteId: created.value.id,
    })
    expect(real.core.store.state.review.log).toHaveLength(0)
  })

  it('has no note link on a curriculum card', async () => {
    const user = userEvent.setup()
    render(<ReviewWithEvents />)
    await user.click(screen.getByRole('button', { name: /^Start review/ }))
    expect(screen.queryByRole('button', { name: 'Open the note this card comes from' })).toBeNull()
  })

  it('exports for Anki from the palette command and says where the file went', async () => {
    const command = FEATURE_COMMANDS.find((c) => c.id === 'anki-export')
    if (!command) throw new Error('no Anki export command')
    await command.run(useStore.getState())
    const notice = useStore.getState().notices.at(-1)
    expect(notice).toMatchObject({ level: 'info', title: 'Anki file saved' })
    const file = readAnkiText(await readFile(notice!.path!, 'utf8'))
    expect(file.headers.notetype).toBe('Basic')
    expect(file.rows.length).toBeGreaterThan(0)
  })
})
