import { describe, expect, it } from 'vitest'
import { fireEvent, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { withRealApi } from '../support/with-real-api'
import { useStore } from '../../src/renderer/src/state/store'
import FrameworksView from '../../src/renderer/src/views/FrameworksView'

const real = withRealApi()

const ranking = () => screen.getByRole('list', { name: 'Your framework ranking' })

describe('FrameworksView', () => {
  it('labels every control a learner needs', () => {
    render(<FrameworksView />)
    expect(screen.getByRole('combobox', { name: 'Language' })).toBeTruthy()
    for (const name of ['Language', 'First release', 'License', 'Style', 'Strengths', 'Typical uses', 'Your mark']) {
      expect(within(screen.getByRole('group', { name: 'Columns' })).getByRole('checkbox', { name })).toBeTruthy()
    }
    expect(screen.getByRole('checkbox', { name: 'Compare Ruby on Rails' })).toBeTruthy()
    expect(screen.getByRole('combobox', { name: 'Mark Flask' })).toBeTruthy()
    for (const name of ['Ease of learning', 'Performance', 'Batteries included', 'Community', 'Job market']) {
      expect(screen.getByRole('slider', { name: `Weight of ${name}` })).toBeTruthy()
    }
    // Node.js is in the table but not in the ranking.
    expect(within(ranking()).queryByText('Node.js')).toBeNull()
    expect(within(ranking()).getAllByRole('listitem')).toHaveLength(11)
  })

  it('re-ranks when a weight changes and stores the weight in the data file', async () => {
    render(<FrameworksView />)
    for (const name of ['Ease of learning', 'Performance', 'Batteries included', 'Community']) {
      fireEvent.change(screen.getByRole('slider', { name: `Weight of ${name}` }), { target: { value: '0' } })
    }
    fireEvent.change(screen.getByRole('slider', { name: 'Weight of Job market' }), { target: { value: '5' } })
    await screen.findByText('Top of your ranking: Spring Boot with 5.00 of 5.')
    expect(within(ranking()).getAllByRole('listitem')[0]?.textContent).toContain('Spring Boot')
    await real.core.store.flush()
    expect(real.core.store.state.frameworks.weights).toEqual({
      learningCurve: 0,
      performance: 0,
      batteriesIncluded: 0,
      community: 0,
      jobMarket: 5,
    })

    fireEvent.change(screen.getByRole('slider', { name: 'Weight of Job market' }), { target: { value: '0' } })
    await screen.findByText(/Every weight is 0, so all frameworks score the same/)
    expect(within(ranking()).getAllByText('tied')).toHaveLength(11)
  })

  it('saves a mark and shows it in the ranking', async () => {
    render(<FrameworksView />)
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Mark Gin' }), 'used')
    expect(real.core.store.state.frameworks.marks).toEqual({ gin: 'used' })
    const gin = within(ranking())
      .getAllByRole('listitem')
      .find((item) => item.textContent?.includes('Gin'))
    expect(gin?.textContent).toContain('Used')
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Mark Gin' }), '')
    expect(real.core.store.state.frameworks.marks).toEqual({})
  })

  it('shows a refused change as an error and goes back to what is stored', async () => {
    render(<FrameworksView />)
    // A weight of 9 cannot come from the slider, but main must refuse it if it arrives.
    await useStore.getState().frameworks.setWeight('community', 9)
    expect(useStore.getState().actionError).toMatch(/Could not save the weight: .*cannot be above 5/)
    expect(screen.getByRole<HTMLInputElement>('slider', { name: 'Weight of Community' }).value).toBe('3')
    expect(real.core.store.state.frameworks.weights.community).toBe(3)
  })

  it('allows at most four frameworks in the comparison, even when clicked quickly', async () => {
    render(<FrameworksView />)
    for (const name of ['Django', 'Flask', 'Gin', 'Phoenix'])
      await userEvent.click(screen.getByRole('checkbox', { name: `Compare ${name}` }))
    expect(real.core.store.state.frameworks.compare).toEqual(['django', 'flask', 'gin', 'phoenix'])
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'Compare Laravel' }).disabled).toBe(true)
    expect(screen.getByRole('table', { name: /Side-by-side comparison of Django, Flask, Gin, Phoenix/ })).toBeTruthy()
    await userEvent.click(screen.getByRole('button', { name: 'Remove Flask from the comparison' }))
    expect(real.core.store.state.frameworks.compare).toEqual(['django', 'gin', 'phoenix'])
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'Compare Laravel' }).disabled).toBe(false)
  })
})
