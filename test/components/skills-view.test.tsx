import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createRealApi } from '../support/real-api'
import { useStore } from '../../src/renderer/src/state/store'
import SkillsView from '../../src/renderer/src/views/SkillsView'
import { SKILLS } from '../../src/shared/curriculum/skills'

let real: Awaited<ReturnType<typeof createRealApi>>
const initial = useStore.getState()

beforeEach(async () => {
  real = await createRealApi()
  window.api = real.api
  useStore.setState(initial, true)
  await useStore.getState().load()
})
afterEach(() => real.dispose())

describe('SkillsView', () => {
  it('lists all fifteen skills, each with a labelled status control', () => {
    render(<SkillsView />)
    const list = screen.getByRole('list')
    expect(within(list).getAllByRole('listitem')).toHaveLength(SKILLS.length)
    for (const skill of SKILLS) expect(screen.getByRole('combobox', { name: `Status of ${skill.title}` })).toBeTruthy()
  })

  it('saves a status change through the real handlers to the data file', async () => {
    render(<SkillsView />)
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Status of APIs' }), 'done')
    expect(real.core.store.state.skills.apis?.status).toBe('done')
    // The control shows the record main answers with, once the durable write has finished.
    await waitFor(() => expect((screen.getByRole('combobox', { name: 'Status of APIs' }) as HTMLSelectElement).value).toBe('done'))
  })
})
