import { describe, expect, it } from 'vitest'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { withRealApi } from '../support/with-real-api'
import DataView from '../../src/renderer/src/views/DataView'
import { DATA_FILE } from '../../src/main/store/data-store'
import { useStore } from '../../src/renderer/src/state/store'
import { seededState } from '../support/report-fixture'
import { SHIPPED_PACKS } from '../../src/shared/curriculum/packs'

const real = withRealApi({ seed: seededState })

/** A backup, then a status changed since, and the Data view's restore of that backup previewed: its dialog. */
async function restoreAfterAStatusChange(): Promise<{ user: ReturnType<typeof userEvent.setup>; dialog: HTMLElement }> {
  const user = userEvent.setup()
  await real.core.store.backupNow()
  await real.api.skills.setStatus({ skillId: 'databases', status: 'done' })
  await useStore.getState().app.getState()
  render(<DataView />)
  await user.click((await screen.findAllByRole('button', { name: /^Restore backup from / }))[0]!)
  return { user, dialog: await screen.findByRole('dialog', { name: 'Restore this backup?' }) }
}

describe('DataView', () => {
  it('says where the data file and the automatic backups are, and the file is there', async () => {
    render(<DataView />)
    const where = await screen.findByRole('region', { name: 'Where your data lives' })
    const paths = await within(where).findAllByRole('definition')
    expect(paths.map((p) => p.textContent)).toEqual([join(real.dataDir, DATA_FILE), join(real.dataDir, 'backups')])
    expect((await stat(paths[0]!.textContent ?? '')).isFile()).toBe(true)
    expect(within(where).getByRole('button', { name: 'Show the data file in its folder' })).toBeTruthy()
  })

  it('saves a full backup holding the current data, and says where it went', async () => {
    const user = userEvent.setup()
    render(<DataView />)
    await user.click(screen.getByRole('button', { name: 'Save full backup…' }))
    const status = await screen.findByText(/Backup saved to/)
    const path = status.querySelector('code')?.textContent ?? ''
    expect(path).toMatch(/exports\/groundwork-backup-\d{4}-\d{2}-\d{2}\.json$/)
    const saved = JSON.parse(await readFile(path, 'utf8')) as ReturnType<typeof seededState>
    expect(saved.skills.databases?.status).toBe('learning')
    expect(Object.keys(saved.notes).sort()).toEqual(['api-old', 'db-indexes'])
  })

  it('restores an automatic backup after showing what changes, and the store shows the restored data', async () => {
    const user = userEvent.setup()
    await real.core.store.backupNow()
    const changed = await real.api.skills.setStatus({ skillId: 'databases', status: 'done' })
    expect(changed.ok).toBe(true)
    await useStore.getState().app.getState()
    render(<DataView />)
    const restore = await screen.findAllByRole('button', { name: /^Restore backup from / })
    await user.click(restore[0]!)
    const dialog = await screen.findByRole('dialog', { name: 'Restore this backup?' })
    expect(within(dialog).getByRole('row', { name: 'Skills done 3 2' })).toBeTruthy()
    expect(real.core.store.state.skills.databases?.status).toBe('done')
    await user.click(within(dialog).getByRole('button', { name: 'Restore and replace my data' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(real.core.store.state.skills.databases?.status).toBe('learning')
    expect(useStore.getState().data?.skills.databases?.status).toBe('learning')
    // The Data view has two status lines: the backups' and the Markdown folder's.
    expect(screen.getAllByRole('status').map((status) => status.textContent)).toContainEqual(
      expect.stringMatching(
        /Your data was replaced from groundwork-.*The data you had before is kept as backup groundwork-/,
      ),
    )
    // The restore took a backup of the replaced data first, so the list grew.
    await waitFor(() =>
      expect(screen.getAllByRole('button', { name: /^Restore backup from / }).length).toBe(restore.length + 1),
    )
  })

  it('keeps the preview open, with the reason main gives, when its import is no longer waiting, and changes nothing', async () => {
    const { user, dialog } = await restoreAfterAStatusChange()
    // Another preview (here a shipped pack's) takes the one place a pending import has.
    expect((await real.api.packs.previewShipped({ packId: SHIPPED_PACKS[0]!.id })).ok).toBe(true)
    await user.click(within(dialog).getByRole('button', { name: 'Restore and replace my data' }))
    expect(
      await within(dialog).findByText(/^This import is no longer waiting for confirmation.*Choose the backup again\.$/),
    ).toBeTruthy()
    expect(real.core.store.state.skills.databases?.status).toBe('done')
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
  })

  it('marks a restore that drops notes as destructive and says how many go', async () => {
    const user = userEvent.setup()
    await real.core.store.backupNow()
    const now = new Date().toISOString()
    await real.core.store.update(
      (s) =>
        void (s.notes['n-new'] = {
          id: 'n-new',
          skillId: 'apis',
          title: 'Written after the backup',
          body: 'Fresh.',
          createdAt: now,
          updatedAt: now,
        }),
    )
    await useStore.getState().app.getState()
    render(<DataView />)
    const restore = await screen.findAllByRole('button', { name: /^Restore backup from / })
    await user.click(restore[0]!)
    const dialog = await screen.findByRole('dialog', { name: 'Restore this backup?' })
    expect(within(dialog).getByText(/One note you have now is not in it/)).toBeTruthy()
    expect(within(dialog).getByRole('button', { name: 'Restore and replace my data' }).className).toBe('danger')
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
  })

  it('keeps the usual button for a restore that drops no notes', async () => {
    const { dialog } = await restoreAfterAStatusChange()
    expect(within(dialog).queryByText(/not in it/)).toBeNull()
    expect(within(dialog).getByRole('button', { name: 'Restore and replace my data' }).className).toBe('primary')
  })

  it('says nothing was chosen when the import dialog is cancelled, and changes nothing', async () => {
    const user = userEvent.setup()
    render(<DataView />)
    await user.click(screen.getByRole('button', { name: 'Import backup…' }))
    await waitFor(() =>
      expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Import backup…' }).disabled).toBe(false),
    )
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(screen.queryByRole('alert')).toBeNull()
    expect(real.core.store.state.skills.databases?.status).toBe('learning')
  })
})
