import { describe, expect, it, vi } from 'vitest'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { FolderImportDialog } from '../../src/renderer/src/components/data/FolderImportDialog'
import type { FolderPreview } from '../../src/shared/contract/markdown'
import { withRealApi } from '../support/with-real-api'

withRealApi()

const PREVIEW: FolderPreview = {
  token: 't-1',
  folder: { name: 'Vault', path: '/home/learner/Vault' },
  added: 3,
  updated: 1,
  unchanged: 2,
  place: [
    { folder: 'Databases', plain: 1, broken: 0, skillId: 'databases' },
    { folder: 'Inbox', plain: 1, broken: 1, skillId: null },
    { folder: 'Old', plain: 0, broken: 1, skillId: null },
  ],
  broken: [
    { path: 'Inbox/Broken.md', reason: 'its front matter has no closing --- line' },
    { path: 'Old/Also broken.md', reason: 'its front matter is not a list of key: value lines' },
  ],
  skipped: [{ path: 'Bin.md', reason: 'it holds binary data, not text' }],
  otherFiles: 1,
  otherKeys: ['tags'],
  pictures: 3,
  pictureProblems: [
    { path: 'Inbox/Idea.md', reason: 'its picture ../../outside.png was left as written: it lies outside' },
  ],
}

const figure = (label: string): string | null =>
  screen.getByRole('row', { name: new RegExp(`^${label} `) }).querySelector('td')?.textContent ?? null

describe('the Markdown folder import preview', () => {
  it('counts what the import does, and waits for a skill for every folder that needs one', async () => {
    const user = userEvent.setup()
    const onConfirm = vi.fn()
    render(
      <FolderImportDialog
        preview={PREVIEW}
        busy={false}
        error={null}
        onConfirm={onConfirm}
        onCancel={() => undefined}
      />,
    )
    const dialog = screen.getByRole('dialog', { name: 'Import notes from this folder?' })
    expect([figure('New notes'), figure('Updated notes'), figure('Unchanged'), figure('Skipped files')]).toEqual([
      '3',
      '1',
      '2',
      '3',
    ])
    // The folder named like a skill is matched; the folder holding only broken files waits for the box.
    expect(
      within(dialog).getByRole<HTMLSelectElement>('combobox', { name: 'Skill for 1 note in Databases' }).value,
    ).toBe('databases')
    expect(within(dialog).queryByRole('combobox', { name: /in Old$/ })).toBeNull()
    const importButton = within(dialog).getByRole('button', { name: 'Import 4 notes' })
    expect(importButton).toHaveProperty('disabled', true)
    expect(within(dialog).getByText('Choose a skill for each folder first.')).toBeTruthy()
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Skill for 1 note in Inbox' }), 'apis')
    expect(importButton).toHaveProperty('disabled', false)
    await user.click(importButton)
    expect(onConfirm).toHaveBeenCalledWith({
      skills: [
        { folder: 'Databases', skillId: 'databases' },
        { folder: 'Inbox', skillId: 'apis' },
      ],
      includeBroken: false,
    })
  })

  it('takes broken files in as new notes only when the box is ticked, and one choice can set every folder', async () => {
    const user = userEvent.setup()
    const onConfirm = vi.fn()
    render(
      <FolderImportDialog
        preview={PREVIEW}
        busy={false}
        error={null}
        onConfirm={onConfirm}
        onCancel={() => undefined}
      />,
    )
    const dialog = screen.getByRole('dialog')
    expect(within(dialog).getByRole('list', { name: 'Files with broken front matter' }).textContent).toContain(
      'Inbox/Broken.md: its front matter has no closing --- line',
    )
    await user.click(within(dialog).getByRole('checkbox', { name: 'Import them as plain notes, front matter and all' }))
    expect([figure('New notes'), figure('Skipped files')]).toEqual(['5', '1'])
    expect(within(dialog).getByRole('combobox', { name: 'Skill for 2 notes in Inbox' })).toBeTruthy()
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Same skill for every folder' }), 'languages')
    await user.click(within(dialog).getByRole('button', { name: 'Import 6 notes' }))
    expect(onConfirm).toHaveBeenCalledWith({
      skills: [
        { folder: 'Databases', skillId: 'languages' },
        { folder: 'Inbox', skillId: 'languages' },
        { folder: 'Old', skillId: 'languages' },
      ],
      includeBroken: true,
    })
  })

  it('says what was passed over and which front matter fields are not kept', () => {
    render(
      <FolderImportDialog
        preview={PREVIEW}
        busy={false}
        error={null}
        onConfirm={() => undefined}
        onCancel={() => undefined}
      />,
    )
    expect(screen.getByText('One file that is not Markdown (.md) was passed over.')).toBeTruthy()
    expect(screen.getByText('Front matter fields Groundwork does not keep, left out of the notes: tags.')).toBeTruthy()
    expect(screen.getByRole('list', { name: 'Files left out' }).textContent).toBe(
      'Bin.md: it holds binary data, not text',
    )
  })

  it('counts the pictures that come with the notes and lists those that stay behind', () => {
    render(
      <FolderImportDialog
        preview={PREVIEW}
        busy={false}
        error={null}
        onConfirm={() => undefined}
        onCancel={() => undefined}
      />,
    )
    expect(figure('Pictures with the notes')).toBe('3')
    expect(screen.getByText('Pictures that stay behind (1)')).toBeTruthy()
    expect(screen.getByRole('list', { name: 'Pictures that stay behind' }).textContent).toBe(
      'Inbox/Idea.md: its picture ../../outside.png was left as written: it lies outside',
    )
  })
})
