import { describe, expect, it } from 'vitest'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { withRealApi } from '../support/with-real-api'
import { useStore } from '../../src/renderer/src/state/store'
import { SessionLog } from '../../src/renderer/src/components/study/SessionLog'

const real = withRealApi({ load: false })

/** Logs 45 minutes of APIs and 20 of Databases by hand, then shows the log. */
async function showLog(): Promise<void> {
  await real.api.study.log({ skillId: 'apis', start: '2025-03-01T12:00:00.000Z', minutes: 45 })
  await real.api.study.log({ skillId: 'databases', start: '2025-03-02T12:00:00.000Z', minutes: 20 })
  await useStore.getState().app.getState()
  render(<SessionLog />)
}

const removeApis = (): HTMLElement => screen.getByRole('button', { name: /^Remove 45 minutes of APIs on / })

describe('the session log', () => {
  it('asks before removing a session, naming it, and Cancel keeps it', async () => {
    const user = userEvent.setup()
    await showLog()
    await user.click(removeApis())
    const dialog = await screen.findByRole('alertdialog', { name: 'Remove this session?' })
    expect(within(dialog).getByText(/^45 minutes of APIs on .+ will be removed from the study log/)).toBeTruthy()
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }))
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    expect(screen.queryByRole('alertdialog')).toBeNull()
    expect(real.core.store.state.study.sessions).toHaveLength(2)
    expect(removeApis()).toBeTruthy()
    expect(document.activeElement).toBe(removeApis())
  })

  it('removes the session once confirmed, and keeps focus in the log', async () => {
    const user = userEvent.setup()
    await showLog()
    await user.click(removeApis())
    const dialog = await screen.findByRole('alertdialog', { name: 'Remove this session?' })
    await user.click(within(dialog).getByRole('button', { name: 'Remove session' }))
    await waitFor(() => expect(real.core.store.state.study.sessions.map((s) => s.skillId)).toEqual(['databases']))
    await waitFor(() => expect(screen.queryByRole('button', { name: /of APIs on/ })).toBeNull())
    // The APIs row was the older, last one: focus moves to the Remove button left above it.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: /^Remove 20 minutes of Databases/ })))
  })
})
