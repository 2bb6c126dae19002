import { describe, expect, it } from 'vitest'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { withRealApi } from '../support/with-real-api'
import { useStore } from '../../src/renderer/src/state/store'
import SkillsView from '../../src/renderer/src/views/SkillsView'

const real = withRealApi()

function progressOf(name: string): string | null {
  return screen.getByRole('progressbar', { name }).getAttribute('aria-valuenow')
}

describe('the skills checklist', () => {
  it('ticks sub-topics by keyboard and shows progress per skill and per category', async () => {
    const user = userEvent.setup()
    render(<SkillsView />)
    await user.click(screen.getByRole('button', { name: 'APIs' }))
    await user.click(screen.getByRole('tab', { name: 'Sub-topics and progress' }))
    const group = await screen.findByRole('group', { name: 'Sub-topics of APIs' })
    const checkbox = within(group).getByRole('checkbox', { name: 'JSON payloads' })
    checkbox.focus()
    await user.keyboard(' ')
    await waitFor(() => expect(real.core.store.state.skills.apis?.subtopics).toEqual({ json: true }))
    expect((checkbox as HTMLInputElement).checked).toBe(true)
    expect(within(group).getByText('1 of 6 ticked')).toBeTruthy()
    expect(progressOf('Progress of APIs')).toBe('17')
    expect(progressOf('Completion of APIs')).toBe('17')
    // One of eleven technical skills at 1/6: about 2% of the category.
    expect(progressOf('Progress of technical skills')).toBe('2')
    // Ticking the first sub-topic moved the skill from "not started" to "learning".
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Status of APIs' }).value).toBe('learning')
  })

  it('rates confidence with radio buttons named after the skill', async () => {
    const user = userEvent.setup()
    render(<SkillsView />)
    await user.click(screen.getByRole('button', { name: 'Version control' }))
    await user.click(screen.getByRole('tab', { name: 'Sub-topics and progress' }))
    const rating = await screen.findByRole('group', { name: 'Confidence in Version control' })
    await user.click(within(rating).getByRole('radio', { name: '3 of 5: Can do it with the docs' }))
    await waitFor(() => expect(real.core.store.state.skills['version-control']?.confidence).toBe(3))
    await user.click(within(rating).getByRole('button', { name: 'Clear rating' }))
    await waitFor(() => expect(real.core.store.state.skills['version-control']?.confidence).toBe(0))
  })

  it('filters by status and by category', async () => {
    const user = userEvent.setup()
    render(<SkillsView />)
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status of Communication' }), 'done')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'done')
    expect(screen.getAllByRole('combobox', { name: /^Status of / })).toEqual([
      screen.getByRole('combobox', { name: 'Status of Communication' }),
    ])
    expect(
      screen.getByText('No skill in Technical skills is done. Pick “All statuses” to see every skill.'),
    ).toBeTruthy()
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'all')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Category' }), 'soft')
    expect(screen.queryByRole('list', { name: 'Technical skills' })).toBeNull()
    expect(within(screen.getByRole('list', { name: 'Soft skills' })).getAllByRole('listitem')).toHaveLength(4)
  })

  it('shows the error and puts the old value back when a save is refused', async () => {
    const user = userEvent.setup()
    render(<SkillsView />)
    await user.click(screen.getByRole('button', { name: 'Databases' }))
    await user.click(screen.getByRole('tab', { name: 'Sub-topics and progress' }))
    // The data folder goes away under the app: the write fails, the tick must not pretend to stick.
    const failing = {
      ...real.api,
      skills: {
        ...real.api.skills,
        setSubtopic: () =>
          Promise.resolve({ ok: false as const, error: { code: 'io-error' as const, message: 'Disk full.' } }),
      },
    }
    window.api = failing
    const checkbox = await screen.findByRole<HTMLInputElement>('checkbox', { name: 'Normalising a schema' })
    await user.click(checkbox)
    await waitFor(() => expect(useStore.getState().actionError).toBe('Could not save the sub-topic: Disk full.'))
    expect(checkbox.checked).toBe(false)
  })
})
