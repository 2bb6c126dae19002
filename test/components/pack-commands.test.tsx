import { describe, expect, it } from 'vitest'
import { act, configure, render, screen, waitFor } from '@testing-library/react'
import { withRealApi } from '../support/with-real-api'
import { useStore } from '../../src/renderer/src/state/store'
import { runCommand } from '../../src/renderer/src/commands/commands'
import SkillsView from '../../src/renderer/src/views/SkillsView'

// The machine running these is shared; give saves through the real data file time to land.
configure({ asyncUtilTimeout: 5000 })

withRealApi()

/** Runs a palette command the way the palette does, outside React's event handling. */
const run = (id: string): Promise<void> => act(async () => void (await runCommand(id)))

describe('the palette’s pack commands open Edit curriculum at its packs', () => {
  it('"Export the curriculum as a pack or outline" opens the export dialog', async () => {
    await useStore.getState().app.getState()
    render(<SkillsView />)
    await run('pack-export')
    expect(useStore.getState().view).toBe('skills')
    expect(await screen.findByRole('dialog', { name: 'Export the curriculum' })).toBeTruthy()
    expect(useStore.getState().intent).toBeNull()
  })

  it('"Import a curriculum pack or outline" presses the import button, and a closed file dialog changes nothing', async () => {
    await useStore.getState().app.getState()
    const before = useStore.getState().data?.curriculum
    render(<SkillsView />)
    await run('pack-import')
    const button = await screen.findByRole('button', { name: 'Import a pack or outline…' })
    await waitFor(() => expect(document.activeElement).toBe(button))
    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false))
    expect(screen.queryByRole('dialog', { name: /^Import/ })).toBeNull()
    expect(useStore.getState().data?.curriculum).toBe(before)
  })
})
