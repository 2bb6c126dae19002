import { describe, expect, it } from 'vitest'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { withRealApi } from '../support/with-real-api'
import SkillsView from '../../src/renderer/src/views/SkillsView'
import { SKILLS } from '../../src/shared/curriculum/skills'

const real = withRealApi()

describe('SkillsView', () => {
  it('lists all fifteen skills, each with a labelled status control', () => {
    render(<SkillsView />)
    const technical = screen.getByRole('list', { name: 'Technical skills' })
    const soft = screen.getByRole('list', { name: 'Soft skills' })
    expect(within(technical).getAllByRole('listitem').length + within(soft).getAllByRole('listitem').length).toBe(
      SKILLS.length,
    )
    for (const skill of SKILLS) expect(screen.getByRole('combobox', { name: `Status of ${skill.title}` })).toBeTruthy()
  })

  it('saves a status change through the real handlers to the data file', async () => {
    render(<SkillsView />)
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Status of APIs' }), 'done')
    await waitFor(() => expect(real.core.store.state.skills.apis?.status).toBe('done'))
    await waitFor(() =>
      expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Status of APIs' }).value).toBe('done'),
    )
  })
})
