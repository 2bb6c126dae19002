import { describe, expect, it } from 'vitest'
import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { withRealApi } from '../support/with-real-api'
import { useStore } from '../../src/renderer/src/state/store'
import { SessionLog } from '../../src/renderer/src/components/study/SessionLog'
import { UndoBar } from '../../src/renderer/src/components/shell/UndoBar'

const real = withRealApi({ load: false })

/** Logs 45 minutes of APIs and 20 of Databases by hand, then shows the log. */
async function showLog(): Promise<void> {
  await real.api.study.log({ skillId: 'apis', start: '2025-03-01T12:00:00.000Z', minutes: 45 })
  await real.api.study.log({ skillId: 'databases', start: '2025-03-02T12:00:00.000Z', minutes: 20 })
  await useStore.getState().app.getState()
  render(<SessionLog />)
}

const removeApis = (): HTMLElement => screen.getByRole('button', { name: /^Remove 45 min of APIs on / })

describe('the session log', () => {
  it('removes a session at once, keeps focus in the log, and the undo bar brings it back as it was', async () => {
    const user = userEvent.setup()
    await showLog()
    render(<UndoBar />)
    const before = real.core.store.state.study.sessions.map((s) => ({ ...s }))
    await user.click(removeApis())
    await waitFor(() => expect(real.core.store.state.study.sessions.map((s) => s.skillId)).toEqual(['databases']))
    await waitFor(() => expect(screen.queryByRole('button', { name: /of APIs on/ })).toBeNull())
    // The APIs row was the older, last one: focus moves to the Remove button left above it.
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: /^Remove 20 min of Databases/ })),
    )

    expect(screen.getByRole('status').textContent).toContain('Removed 45 min of APIs from the log.')
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    await waitFor(() => expect(removeApis()).toBeTruthy())
    expect(real.core.store.state.study.sessions).toEqual(before)
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull()
  })
})
