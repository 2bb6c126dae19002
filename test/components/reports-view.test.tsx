import { describe, expect, it } from 'vitest'
import { configure, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { readFile } from 'node:fs/promises'
import { withRealApi } from '../support/with-real-api'
import ReportsView from '../../src/renderer/src/views/ReportsView'
import { seededState } from '../support/report-fixture'

// The machine running these is shared; give the preview, rebuilt in main after a debounce, time to land.
configure({ asyncUtilTimeout: 5000 })

withRealApi({ seed: seededState })

const preview = () => screen.getByRole('article', { name: 'Report preview' })

describe('ReportsView', () => {
  it('previews the stored progress and follows the include options', async () => {
    const user = userEvent.setup()
    render(<ReportsView />)
    const overview = await within(await screen.findByRole('article', { name: 'Report preview' })).findByRole('region', {
      name: 'Overall progress',
    })
    expect(overview.textContent).toContain('17%')
    expect(within(preview()).getByRole('region', { name: 'Notes' }).textContent).toContain(
      'Status codes: 200, 201, 404.',
    )

    await user.click(screen.getByRole('checkbox', { name: 'Overall progress' }))
    await user.click(screen.getByRole('radio', { name: 'Leave out' }))
    // Both changes may come back as two previews (each click is debounced on its own): wait for the second.
    await waitFor(() => {
      expect(within(preview()).queryByRole('region', { name: 'Overall progress' })).toBeNull()
      expect(within(preview()).queryByRole('region', { name: 'Notes' })).toBeNull()
    })
    expect(within(preview()).getByRole('region', { name: 'Skills' })).toBeTruthy()
  })

  it('shows a note in full as sanitized Markdown under the report headings, drawn by the export components', async () => {
    const user = userEvent.setup()
    render(<ReportsView />)
    await user.click(await screen.findByRole('radio', { name: 'In full' }))
    const notes = await within(await screen.findByRole('article', { name: 'Report preview' })).findByRole('region', {
      name: 'Notes',
    })
    // The title sits under the view's h1 and the panel's h2; a note's own "# ..." goes to the bottom level.
    expect(within(preview()).getByRole('heading', { name: 'Groundwork progress report' }).tagName).toBe('H3')
    expect(within(notes).getByRole('heading', { name: 'Notes' }).tagName).toBe('H4')
    expect((await within(notes).findByRole('heading', { name: 'Not a heading of the report' })).tagName).toBe('H6')
    expect(notes.querySelector('pre code')?.textContent).toBe('const x = `tick` // a fence inside')
    expect(notes.textContent).toContain('<script>alert("x")</script> & <b>bold</b>')
    expect(notes.querySelectorAll('b, script, [href]')).toHaveLength(0)
    // The same table markup as the export.
    expect(
      within(preview()).getByRole('region', { name: 'Overall progress' }).querySelectorAll('tbody tr'),
    ).toHaveLength(4)
  })

  it('keeps sub-topic and confidence switches off while skills are left out', async () => {
    const user = userEvent.setup()
    render(<ReportsView />)
    await user.click(screen.getByRole('checkbox', { name: 'Each skill’s status' }))
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'Sub-topics' }).disabled).toBe(true)
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'Confidence ratings' }).disabled).toBe(true)
  })

  it('explains a backwards date range and blocks export until it is fixed', async () => {
    const user = userEvent.setup()
    render(<ReportsView />)
    await user.type(screen.getByLabelText('From'), '2026-12-01')
    await user.type(screen.getByLabelText('To'), '2026-11-01')
    expect(screen.getByRole('alert').textContent).toBe('The start date is after the end date.')
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Export Markdown' }).disabled).toBe(true)
  })

  it('exports Markdown and says where the file went, with a button to show it', async () => {
    const user = userEvent.setup()
    render(<ReportsView />)
    await user.click(screen.getByRole('button', { name: 'Export Markdown' }))
    const status = await screen.findByText(/Saved to/)
    const path = status.querySelector('code')?.textContent ?? ''
    expect(path).toMatch(/exports\/groundwork-report-\d{4}-\d{2}-\d{2}\.md$/)
    expect(await readFile(path, 'utf8')).toContain('| Databases | Technical skills | Learning | 43% | 3/5 |')
    expect(screen.getByRole('button', { name: 'Show in folder' })).toBeTruthy()
  })

  it('puts the export buttons first and leaves backup and restore to the Data view', async () => {
    render(<ReportsView />)
    const buttons = screen.getAllByRole('button')
    expect(buttons.slice(0, 4).map((b) => b.textContent)).toEqual([
      'Export Markdown',
      'Export HTML',
      'Export PDF',
      'Export CSV',
    ])
    await screen.findByRole('article', { name: 'Report preview' })
    expect(screen.queryByRole('button', { name: 'Save full backup…' })).toBeNull()
    expect(screen.queryByRole('button', { name: 'Import backup…' })).toBeNull()
    expect(screen.queryByRole('region', { name: 'Automatic backups' })).toBeNull()
  })
})
