import { describe, expect, it } from 'vitest'
import { act, configure, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { withRealApi } from '../support/with-real-api'
import { useStore } from '../../src/renderer/src/state/store'
import { runCommand } from '../../src/renderer/src/commands/commands'
import LevelsView from '../../src/renderer/src/views/LevelsView'
import SkillsView from '../../src/renderer/src/views/SkillsView'
import FrameworksView from '../../src/renderer/src/views/FrameworksView'
import DataView from '../../src/renderer/src/views/DataView'

// The machine running these is shared; give saves through the real data file time to land.
configure({ asyncUtilTimeout: 5000 })

const real = withRealApi()

/** Runs a palette command the way the palette does, outside React's event handling. */
const run = (id: string): Promise<void> => act(async () => void (await runCommand(id)))

describe('palette commands ask the store, and the control they name acts once it shows', () => {
  it('opens the closed current level and focuses its new-goal field, then its target date', async () => {
    const user = userEvent.setup()
    render(<LevelsView />)
    await user.click(screen.getByRole('button', { name: 'Hide Entry level goals' }))
    await run('goal-add')
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'New goal for Entry level' })),
    )
    expect(useStore.getState().intent).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Hide Entry level goals' }))
    await run('target-date')
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Target date for Entry level')))
  })

  it('opens the card form of the current note and focuses its question', async () => {
    const created = await real.api.notes.create({ skillId: 'apis', title: 'Idempotence', body: 'PUT twice.' })
    if (!created.ok) throw new Error(created.error.message)
    await useStore.getState().app.getState()
    useStore.getState().selectSkill('apis')
    render(<SkillsView />)
    await screen.findByRole('textbox', { name: 'Notes' })
    await run('card-from-note')
    const form = await screen.findByRole('form', { name: 'New card from “Idempotence”' })
    await waitFor(() => expect(document.activeElement).toBe(within(form).getByRole('textbox', { name: 'Question' })))
  })

  it('focuses the first control of the ranking', async () => {
    render(<FrameworksView />)
    await run('fw-ranking')
    await waitFor(() =>
      expect(screen.getByRole('region', { name: 'Your ranking' }).contains(document.activeElement)).toBe(true),
    )
  })

  it('presses "Import backup…" on the Data view, and a closed dialog leaves everything as it was', async () => {
    render(<DataView />)
    await run('backup-import')
    expect(useStore.getState().view).toBe('data')
    const button = screen.getByRole('button', { name: 'Import backup…' })
    await waitFor(() => expect(document.activeElement).toBe(button))
    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(useStore.getState().intent).toBeNull()
  })

  it('drops an intent when the learner goes to another view first', () => {
    useStore.getState().setIntent('fw-ranking')
    useStore.getState().showView('skills')
    expect(useStore.getState().intent).toBeNull()
  })
})
