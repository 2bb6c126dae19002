import { afterEach, describe, expect, it } from 'vitest'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { Core } from '../../src/main/core'
import type { SyncStatus } from '../../src/shared/contract/sync'
import DataView from '../../src/renderer/src/views/DataView'
import { NavFooter } from '../../src/renderer/src/components/shell/NavFooter'
import { runCommand } from '../../src/renderer/src/commands/commands'
import { useStore } from '../../src/renderer/src/state/store'
import { withRealApi } from '../support/with-real-api'
import { createRealApi } from '../support/real-api'
import { withSyncComputers } from '../support/sync-computers'
import { answerOf } from '../support/dispatch-answer'
import { timeAgo } from '../../src/renderer/src/components/sync/sync-words'

// The folder the next "choose a folder" dialog answers (the test services take them in turn).
const folderAnswers: string[] = []
const real = withRealApi({ folderAnswers })

const cleanups: Array<() => Promise<void>> = []
afterEach(async () => {
  folderAnswers.length = 0
  for (const clean of cleanups.splice(0).reverse()) await clean()
})

const computers = withSyncComputers()
const syncFolder = (): Promise<string> => computers.folder()
/** A second computer: a real core of its own over its own data folder. */
const otherComputer = async (): Promise<Core> => (await computers.computer()).core

const syncSection = () => screen.findByRole('region', { name: 'Sync' })

/** Sync set up on the computer under test (through its channel) and on `other`, both on `folder`. */
async function bothOn(folder: string, other: Core): Promise<void> {
  await answerOf<SyncStatus>(real.core, 'sync:start', { folder, deviceName: 'Laptop' })
  await answerOf<SyncStatus>(other, 'sync:start', { folder, deviceName: 'Desktop' })
}

describe('the Sync section of the Data view', { timeout: 60_000 }, () => {
  it('while off, explains sync; a chosen folder and a name start a library, and the status shows', async () => {
    const user = userEvent.setup()
    const folder = await syncFolder()
    render(<DataView />)
    const section = await syncSection()
    expect(within(section).getByText(/Pick a folder that Syncthing, Dropbox/)).toBeTruthy()

    folderAnswers.push(folder)
    await user.click(within(section).getByRole('button', { name: 'Set up sync…' }))
    const form = await within(section).findByRole('form', { name: 'Set up sync' })
    expect(within(form).getByText(folder)).toBeTruthy()
    expect(within(form).getByText(/A new library starts in this folder/)).toBeTruthy()
    const name = within(form).getByRole('textbox', { name: 'Name of this computer' })
    expect(document.activeElement).toBe(name)

    // An empty name is refused as the contract refuses it, before anything is asked of main.
    await user.click(within(form).getByRole('button', { name: 'Start syncing' }))
    expect(within(form).getByRole('alert').textContent).toBe('Give this computer a name.')
    expect(real.core.sync.status().state).toBe('off')

    await user.type(name, '  Laptop ')
    await user.click(within(form).getByRole('button', { name: 'Start syncing' }))
    await within(section).findByText('Laptop')
    expect(within(section).getByText('(this computer)')).toBeTruthy()
    expect(within(section).getByText('Up to date')).toBeTruthy()
    expect(within(section).getByText(folder)).toBeTruthy()
    expect(within(section).getByText('Nothing')).toBeTruthy()
    expect(real.core.sync.status()).toMatchObject({ state: 'idle', deviceName: 'Laptop', folder })
    expect(await readdir(join(folder, 'groundwork-sync', 'devices'))).toHaveLength(1)
  })

  it('joins a library already in the folder: it names its computers, merges, and the summary says what came', async () => {
    const user = userEvent.setup()
    const folder = await syncFolder()
    const desktop = await otherComputer()
    await answerOf(desktop, 'notes:create', { skillId: 'apis', title: 'From the desktop', body: 'desk words' })
    await answerOf(desktop, 'sync:start', { folder, deviceName: 'Desktop' })
    render(<DataView />)
    const section = await syncSection()

    folderAnswers.push(folder)
    await user.click(within(section).getByRole('button', { name: 'Set up sync…' }))
    expect(
      await within(section).findByText(
        'This folder holds a library of Desktop: this computer will join it and its data will be merged, after a backup.',
      ),
    ).toBeTruthy()
    await user.type(within(section).getByRole('textbox', { name: 'Name of this computer' }), 'Laptop')
    await user.click(within(section).getByRole('button', { name: 'Join and merge' }))

    const merge = await within(section).findByRole('region', { name: 'Last merge' })
    expect(merge.textContent).toMatch(/From Desktop: 1 note/)
    const computers = within(section)
      .getAllByRole('listitem')
      .map((item) => item.textContent)
    expect(computers).toEqual(expect.arrayContaining(['Desktop (wrote just now)', 'Laptop (this computer)']))
    expect(Object.values(real.core.store.state.notes).map((note) => note.title)).toContain('From the desktop')
  })

  it('pauses, resumes, renames and, once confirmed, leaves; the data stays', async () => {
    const user = userEvent.setup()
    const folder = await syncFolder()
    await answerOf(real.core, 'sync:start', { folder, deviceName: 'Laptop' })
    render(<DataView />)
    const section = await syncSection()
    await within(section).findByText('Laptop')

    await user.click(within(section).getByRole('button', { name: 'Pause sync' }))
    await within(section).findByRole('button', { name: 'Resume sync' })
    expect(within(section).getByText('Paused')).toBeTruthy()
    expect(within(section).getByRole('button', { name: 'Sync now' })).toHaveProperty('disabled', true)
    expect(real.core.sync.status().state).toBe('paused')
    await user.click(within(section).getByRole('button', { name: 'Resume sync' }))
    await within(section).findByRole('button', { name: 'Pause sync' })
    expect(real.core.sync.status().state).toBe('idle')

    await user.click(within(section).getByRole('button', { name: 'Rename this computer…' }))
    const rename = within(section).getByRole('form', { name: 'Rename this computer' })
    const field = within(rename).getByRole('textbox', { name: 'Name of this computer' })
    await user.clear(field)
    await user.type(field, 'x'.repeat(61))
    await user.click(within(rename).getByRole('button', { name: 'Save name' }))
    expect(within(rename).getByRole('alert').textContent).toBe('A computer name can be at most 60 characters.')
    await user.clear(field)
    await user.type(field, 'Old laptop')
    await user.click(within(rename).getByRole('button', { name: 'Save name' }))
    await within(section).findByText('Old laptop')
    expect(real.core.sync.status().deviceName).toBe('Old laptop')

    const notesBefore = Object.keys(real.core.store.state.notes)
    await user.click(within(section).getByRole('button', { name: 'Leave sync…' }))
    const ask = await screen.findByRole('alertdialog', { name: 'Stop syncing on this computer?' })
    expect(ask.textContent).toMatch(/Your data stays on this computer, and the library stays in the folder/)
    await user.click(within(ask).getByRole('button', { name: 'Cancel' }))
    expect(real.core.sync.status().state).toBe('idle')
    await user.click(within(section).getByRole('button', { name: 'Leave sync…' }))
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Leave sync' }))
    await within(section).findByRole('button', { name: 'Set up sync…' })
    expect(real.core.sync.status().state).toBe('off')
    expect(Object.keys(real.core.store.state.notes)).toEqual(notesBefore)
    expect(await readdir(join(folder, 'groundwork-sync', 'devices'))).toHaveLength(1)
  })

  it('holds a batch that would remove most notes until the learner chooses; Keep mine keeps them', async () => {
    const user = userEvent.setup()
    const folder = await syncFolder()
    const desktop = await otherComputer()
    const ids: string[] = []
    for (const title of ['One', 'Two', 'Three', 'Four']) {
      const note = await answerOf<{ id: string }>(real.core, 'notes:create', { skillId: 'apis', title, body: title })
      ids.push(note.id)
    }
    await bothOn(folder, desktop)
    for (const id of ids.slice(0, 3)) await answerOf(desktop, 'notes:delete', { id })
    await answerOf(desktop, 'sync:syncNow')

    render(<DataView />)
    const section = await syncSection()
    await user.click(await within(section).findByRole('button', { name: 'Sync now' }))
    const alert = await within(section).findByRole('alert', { name: 'Changes waiting for you' })
    expect(alert.textContent).toContain('Desktop’s changes would remove 3 of your 4 notes.')
    expect(within(section).getByText('Waiting for your choice')).toBeTruthy()
    // Never applied by itself: another round leaves it held and the notes where they are.
    await user.click(within(section).getByRole('button', { name: 'Sync now' }))
    await waitFor(() =>
      expect(within(alert).getByRole('button', { name: 'Keep mine' })).toHaveProperty('disabled', false),
    )
    expect(within(section).getByRole('alert', { name: 'Changes waiting for you' })).toBe(alert)
    expect(Object.keys(real.core.store.state.notes).filter((id) => ids.includes(id))).toHaveLength(4)

    await user.click(within(alert).getByRole('button', { name: 'Keep mine' }))
    await waitFor(() => expect(within(section).queryByRole('alert', { name: 'Changes waiting for you' })).toBeNull())
    expect(real.core.sync.status().state).toBe('idle')
    expect(Object.keys(real.core.store.state.notes).filter((id) => ids.includes(id))).toHaveLength(4)
  })

  it('Apply them takes a held batch in', async () => {
    const user = userEvent.setup()
    const folder = await syncFolder()
    const desktop = await otherComputer()
    const ids: string[] = []
    for (const title of ['One', 'Two', 'Three']) {
      const note = await answerOf<{ id: string }>(real.core, 'notes:create', { skillId: 'apis', title, body: title })
      ids.push(note.id)
    }
    await bothOn(folder, desktop)
    for (const id of ids) await answerOf(desktop, 'notes:delete', { id })
    await answerOf(desktop, 'sync:syncNow')
    render(<DataView />)
    const section = await syncSection()
    await user.click(await within(section).findByRole('button', { name: 'Sync now' }))
    const alert = await within(section).findByRole('alert', { name: 'Changes waiting for you' })
    expect(alert.textContent).toContain('Desktop’s changes would remove 3 of your 3 notes.')
    await user.click(within(alert).getByRole('button', { name: 'Apply them' }))
    await waitFor(() => expect(within(section).queryByRole('alert', { name: 'Changes waiting for you' })).toBeNull())
    expect(Object.keys(real.core.store.state.notes).filter((id) => ids.includes(id))).toHaveLength(0)
  })

  it('lists a status changed on both computers with the kept and the other value; Use this instead puts the other in', async () => {
    const user = userEvent.setup()
    const folder = await syncFolder()
    const desktop = await createRealApi()
    cleanups.push(() => desktop.dispose())
    await bothOn(folder, desktop.core)
    await answerOf(real.core, 'skills:setStatus', { skillId: 'apis', status: 'learning' })
    await answerOf(desktop.core, 'skills:setStatus', { skillId: 'apis', status: 'done' })
    await answerOf(desktop.core, 'sync:syncNow')
    await answerOf(real.core, 'sync:syncNow')
    await answerOf(desktop.core, 'sync:syncNow')
    // The engine keeps one value by its own rule; the computer whose value gave way lists the conflict.
    const kept = real.core.store.state.skills['apis']?.status
    expect(desktop.core.store.state.skills['apis']?.status).toBe(kept)
    const [viewed, keptFrom, other] = kept === 'done' ? [real, 'Desktop', 'Learning'] : [desktop, 'Laptop', 'Done']
    window.api = viewed.api
    useStore.setState({ syncStatus: null })
    await useStore.getState().app.getState()

    render(<DataView />)
    const section = await syncSection()
    const merge = await within(section).findByRole('region', { name: 'Last merge' })
    expect(merge.textContent).toMatch(new RegExp(`From ${keptFrom}: 1 status`))
    const row = within(merge).getByRole('listitem')
    expect(row.textContent).toContain('APIs: status')
    expect(row.textContent).toContain(`Kept: ${kept === 'done' ? 'Done' : 'Learning'} (from ${keptFrom})`)
    expect(row.textContent).toContain(`Other: ${other}`)

    await user.click(within(row).getByRole('button', { name: `Use this instead: ${other} for APIs: status` }))
    await waitFor(() => expect(within(merge).queryAllByRole('listitem')).toHaveLength(0))
    expect(viewed.core.store.state.skills['apis']?.status).toBe(other.toLowerCase())
  })
})

describe('sync in the navigation and the palette', { timeout: 60_000 }, () => {
  it('shows nothing while off, and the state while on; it opens the Sync section', async () => {
    const user = userEvent.setup()
    const { unmount } = render(<NavFooter />)
    await waitFor(() => expect(useStore.getState().syncStatus?.state).toBe('off'))
    expect(screen.queryByRole('button', { name: /^Sync/ })).toBeNull()
    unmount()

    await answerOf(real.core, 'sync:start', { folder: await syncFolder(), deviceName: 'Laptop' })
    useStore.setState({ syncStatus: null })
    render(<NavFooter />)
    const indicator = await screen.findByRole('button', { name: 'Sync: up to date, last synced just now' })
    await user.click(indicator)
    expect(useStore.getState().view).toBe('data')
    expect(useStore.getState().intent).toBe('sync')

    await runCommand('sync-pause')
    expect(await screen.findByRole('button', { name: 'Sync paused' })).toBeTruthy()
    expect(real.core.sync.status().state).toBe('paused')
    await runCommand('sync-resume')
    await screen.findByRole('button', { name: /^Sync: up to date/ })
    await runCommand('sync-now')
    expect(real.core.sync.status().state).toBe('idle')
  })

  it('offers Set up sync… while off, which opens the folder dialog from the Sync section', async () => {
    const folder = await syncFolder()
    await useStore.getState().sync.status()
    const { COMMANDS } = await import('../../src/renderer/src/commands/commands')
    const available = (id: string) =>
      COMMANDS.find((command) => command.id === id)?.available?.(useStore.getState()) ?? true
    expect(available('sync-setup')).toBe(true)
    expect(available('sync-now')).toBe(false)
    folderAnswers.push(folder)
    render(<DataView />)
    await runCommand('sync-setup')
    expect(await screen.findByRole('form', { name: 'Set up sync' })).toBeTruthy()
    expect(screen.getByText(folder)).toBeTruthy()
  })
})

describe('how long ago a sync was', () => {
  const now = new Date('2026-11-25T12:00:00.000Z')
  const before = (ms: number) => new Date(now.getTime() - ms).toISOString()
  it('reads as a person would say it, and a clock a little ahead is "just now"', () => {
    expect(timeAgo(before(59_000), now)).toBe('just now')
    expect(timeAgo(before(-120_000), now)).toBe('just now')
    expect(timeAgo(before(2 * 60_000), now)).toBe('2 min ago')
    expect(timeAgo(before(59 * 60_000 + 59_000), now)).toBe('59 min ago')
    expect(timeAgo(before(3 * 3_600_000), now)).toBe('3 h ago')
    expect(timeAgo(before(24 * 3_600_000), now)).toBe('1 day ago')
    expect(timeAgo(before(4 * 24 * 3_600_000 + 1), now)).toBe('4 days ago')
  })
})
