import { describe, expect, it } from 'vitest'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { withRealApi } from '../support/with-real-api'
import { useStore } from '../../src/renderer/src/state/store'
import { UndoBar } from '../../src/renderer/src/components/shell/UndoBar'
import { DATA_FILE } from '../../src/main/store/data-store'
import { appStateSchema, type AppState } from '../../src/shared/model'
import FrameworksView from '../../src/renderer/src/views/FrameworksView'

const real = withRealApi()

const onDisk = async (): Promise<AppState> =>
  appStateSchema.parse(JSON.parse(await readFile(join(real.dataDir, DATA_FILE), 'utf8')))
const undo = (): HTMLElement => screen.getByRole('button', { name: 'Undo' })

describe('the undo bar', () => {
  it('offers to undo a deleted card and brings it back with the same id, text and schedule on disk', async () => {
    const user = userEvent.setup()
    const card = await real.api.review.addCard({ skillId: 'apis', front: 'What does 409 mean?', back: 'Conflict' })
    if (!card.ok) throw new Error(card.error.message)
    await real.api.review.rate({ cardId: card.value.id, grade: 3 })
    await useStore.getState().app.getState()
    const before = await onDisk()
    render(<UndoBar />)
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull()

    expect((await useStore.getState().review.removeCard(card.value.id)).ok).toBe(true)
    expect((await onDisk()).review.custom[card.value.id]).toBeUndefined()
    expect(await screen.findByText('Deleted the card “What does 409 mean?”.')).toBeTruthy()
    await user.click(undo())

    await waitFor(() =>
      expect(useStore.getState().data?.review.custom[card.value.id]).toEqual(before.review.custom[card.value.id]),
    )
    const after = await onDisk()
    expect(after.review.custom[card.value.id]).toEqual(before.review.custom[card.value.id])
    expect(after.review.cards[card.value.id]).toEqual(before.review.cards[card.value.id])
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull()
  })

  it('brings back a deleted note, a removed link and a deleted goal, each through the one bar', async () => {
    const user = userEvent.setup()
    render(<UndoBar />)
    const note = await useStore.getState().notes.create('apis', { title: 'Verbs', body: 'GET is safe' })
    if (!note.ok) throw new Error(note.message)
    await useStore.getState().notes.list('apis')
    const noteBefore = (await onDisk()).notes[note.value.id]
    await useStore.getState().notes.delete(note.value.id, 'apis')
    expect(await screen.findByText('Deleted the note “Verbs”.')).toBeTruthy()
    await user.click(undo())
    await waitFor(() => expect(useStore.getState().data?.noteCounts.apis).toBe(1))
    expect((await onDisk()).notes[note.value.id]).toEqual(noteBefore)

    await useStore
      .getState()
      .evidence.add({ skillId: 'apis', url: 'https://example.com/api', title: 'My API', kind: 'repo' })
    const links = (await onDisk()).evidence.apis
    const link = links?.[0]
    if (!link) throw new Error('no link')
    await useStore.getState().evidence.remove('apis', link.id)
    expect(await screen.findByText('Removed the link “My API”.')).toBeTruthy()
    await user.click(undo())
    await waitFor(() => expect(useStore.getState().data?.evidence.apis).toEqual(links))
    expect((await onDisk()).evidence.apis).toEqual(links)

    await useStore.getState().levels.addGoal('senior', 'Lead a migration', ['databases'])
    const goal = (await onDisk()).levels.senior.customGoals[0]
    if (!goal) throw new Error('no goal')
    await useStore.getState().levels.deleteGoal('senior', goal.id)
    expect(await screen.findByText('Deleted the goal “Lead a migration”.')).toBeTruthy()
    await user.click(undo())
    await waitFor(() => expect(useStore.getState().data?.levels.senior.customGoals).toEqual([goal]))
    expect((await onDisk()).levels.senior.customGoals).toEqual([goal])
  })

  it('a newer removal replaces the offer, Ctrl+Z outside text fields undoes it, and Dismiss forgets it', async () => {
    const user = userEvent.setup()
    render(
      <>
        <input aria-label="Some text" />
        <UndoBar />
      </>,
    )
    const first = await real.api.study.log({ skillId: 'apis', start: '2026-11-20T10:00:00.000Z', minutes: 25 })
    const second = await real.api.study.log({ skillId: 'databases', start: '2026-11-21T10:00:00.000Z', minutes: 35 })
    if (!first.ok || !second.ok) throw new Error('could not log')
    await useStore.getState().app.getState()
    await useStore.getState().study.remove(first.value.id)
    await useStore.getState().study.remove(second.value.id)
    expect(await screen.findByText('Removed 35 min of Databases from the log.')).toBeTruthy()
    expect(screen.queryByText(/25 min of APIs/)).toBeNull()

    // In a text field Ctrl+Z is the field's own undo.
    await user.click(screen.getByRole('textbox', { name: 'Some text' }))
    await user.keyboard('{Control>}z{/Control}')
    expect(real.core.store.state.study.sessions).toEqual([])
    ;(document.activeElement as HTMLElement).blur()
    await user.keyboard('{Control>}z{/Control}')
    // The offer goes once main answered, which it does only with the change on disk.
    await waitFor(() => expect(useStore.getState().undoOffer).toBeNull())
    expect((await onDisk()).study.sessions).toEqual([second.value])

    await useStore.getState().study.remove(second.value.id)
    await user.click(await screen.findByRole('button', { name: 'Dismiss undo' }))
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull()
    expect(useStore.getState().undoOffer).toBeNull()
  })

  it('keeps the offer and shows why when bringing it back failed', async () => {
    const user = userEvent.setup()
    render(<UndoBar />)
    useStore.getState().offerUndo('Removed something.', () => useStore.getState().trash.restore('not-in-the-trash'))
    await user.click(await screen.findByRole('button', { name: 'Undo' }))
    expect(await screen.findByText(/Could not bring it back: That item can no longer be brought back\./)).toBeTruthy()
    expect(undo()).toBeTruthy()
  })

  it('takes back a reset of the framework weights, through the same bar', async () => {
    const user = userEvent.setup()
    await real.api.frameworks.setWeight({ criterion: 'performance', weight: 5 })
    await real.api.frameworks.setWeight({ criterion: 'community', weight: 0 })
    await useStore.getState().app.getState()
    const before = (await onDisk()).frameworks.weights
    render(
      <>
        <FrameworksView />
        <UndoBar />
      </>,
    )
    await user.click(screen.getByRole('button', { name: 'Reset weights' }))
    // Five calls, one per weight: give a busy machine time.
    await waitFor(() => expect(useStore.getState().undoOffer?.message).toBe('Weights reset to 3 each.'), {
      timeout: 15_000,
    })
    expect(screen.getByText('Weights reset to 3 each.')).toBeTruthy()
    expect((await onDisk()).frameworks.weights).toMatchObject({ performance: 3, community: 3 })
    await user.click(undo())
    await waitFor(() => expect(useStore.getState().undoOffer).toBeNull(), { timeout: 15_000 })
    expect((await onDisk()).frameworks.weights).toEqual(before)
    // Five weights go out one by one each way, and the view is large: slow on a busy machine.
  }, 40_000)
})
