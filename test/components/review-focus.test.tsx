import { describe, expect, it } from 'vitest'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { withRealApi } from '../support/with-real-api'
import { studyLoopState } from '../support/study-loop-fixture'
import { TEST_NOW } from '../support/test-clock'
import { useStore } from '../../src/renderer/src/state/store'
import type { AppState } from '../../src/shared/model'
import ReviewView from '../../src/renderer/src/views/ReviewView'
import DashboardView from '../../src/renderer/src/views/DashboardView'

/** The mid-way learner with the day's ten new cards already answered: only the two due cards are left. */
function allowanceSpent(): AppState {
  const state = studyLoopState()
  const at = new Date(TEST_NOW.getTime() - 2 * 3_600_000).toISOString()
  state.review.log = Array.from({ length: 10 }, (_, i) => ({
    cardId: `answered-${i}`,
    skillId: 'apis',
    grade: 3 as const,
    stateBefore: 0,
    scheduledDays: 1,
    at,
  }))
  return state
}

/** Everything seen is answered for now: one card in review, due in five days, and nothing new left today. */
function nothingDue(): AppState {
  const state = allowanceSpent()
  const later = state.review.cards['faq-front-vs-back']!
  // Last answered yesterday (the fixture's card was answered four days before its due day).
  state.review.cards = {
    'faq-front-vs-back': { ...later, last_review: new Date(TEST_NOW.getTime() - 86_400_000).toISOString() },
  }
  return state
}

describe('a review session as a focused view', () => {
  withRealApi({ seed: allowanceSpent })

  it('shows the card alone, grades with the keys and ends on a summary per grade and for tomorrow', async () => {
    const user = userEvent.setup()
    render(<ReviewView />)
    await user.click(screen.getByRole('button', { name: 'Start review (2 cards)' }))
    // The overview, the revisit list and the card forms are gone while reviewing.
    expect(screen.getByRole('heading', { level: 1, name: 'Review session' })).toBeTruthy()
    expect(screen.queryByRole('region', { name: 'Needs revisit' })).toBeNull()
    expect(screen.queryByRole('form', { name: 'Write a card' })).toBeNull()
    for (const [i, key] of ['1', '3', '4'].entries()) {
      expect(document.activeElement).toBe(screen.getByLabelText('Current card'))
      await user.keyboard(' ')
      await user.keyboard(key)
      if (i < 2) await screen.findByText(`${i + 1} answered`, { exact: false })
    }
    const summary = await screen.findByRole('region', { name: 'Session complete' })
    expect(within(summary).getByRole('status').textContent).toBe(
      'You reviewed 2 cards (3 answers, as a card answered Again comes back).',
    )
    const grades = within(summary).getByRole('list', { name: 'Answers per grade' })
    expect(
      within(grades)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['1 Again', '0 Hard', '1 Good', '1 Easy'])
    // Nothing answered today is due again by tomorrow evening; the card in review waits five days.
    expect(summary.textContent).toContain('Due by the end of tomorrow: 0 cards')
    expect(document.activeElement).toBe(within(summary).getByRole('button', { name: 'Back to the overview' }))
    await user.keyboard('{Enter}')
    expect(await screen.findByText('Last session: 3 answered.')).toBeTruthy()
  })

  it('Esc ends the session at once on its summary, with what was answered so far', async () => {
    const user = userEvent.setup()
    render(<ReviewView />)
    await user.click(screen.getByRole('button', { name: 'Start review (2 cards)' }))
    await user.keyboard(' ')
    await user.keyboard('3')
    await screen.findByText('1 answered', { exact: false })
    await user.keyboard('{Escape}')
    const summary = await screen.findByRole('region', { name: 'Session complete' })
    expect(within(summary).getByRole('status').textContent).toBe('You reviewed 1 card.')
  })

  it('counts a card written today as new, on Review and on the Dashboard alike, past the daily allowance', async () => {
    const user = userEvent.setup()
    const { unmount } = render(<ReviewView />)
    const form = screen.getByRole('form', { name: 'Write a card' })
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Skill' }), 'apis')
    await user.type(within(form).getByRole('textbox', { name: 'Question' }), 'Which status code means Created?')
    await user.type(within(form).getByRole('textbox', { name: 'Answer' }), '201')
    await user.click(within(form).getByRole('button', { name: 'Add card' }))
    const today = screen.getByRole('region', { name: 'Today' })
    await within(today).findByRole('button', { name: 'Start review (3 cards)' })
    expect(
      within(today)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['2 due', '1 new today', '3 in long-term review', expect.any(String)])
    unmount()
    render(<DashboardView />)
    expect(screen.getByRole('region', { name: 'Review today' }).textContent).toContain(
      'Plus 1 new to learn: 3 cards in all.',
    )
  })
})

describe('with nothing due', () => {
  withRealApi({ seed: nothingDue })

  it('offers to study ahead through the cards not yet due, and the start button is disabled', async () => {
    const user = userEvent.setup()
    render(<ReviewView />)
    const start = screen.getByRole('button', { name: 'Nothing due right now' })
    expect((start as HTMLButtonElement).disabled).toBe(true)
    await user.click(screen.getByRole('button', { name: 'Study ahead (1 card)' }))
    expect(screen.getByRole('heading', { level: 1, name: 'Studying ahead' })).toBeTruthy()
    await user.keyboard(' ')
    await user.keyboard('3')
    await screen.findByRole('region', { name: 'Session complete' })
    expect(useStore.getState().data!.review.log.at(-1)).toMatchObject({
      cardId: 'faq-front-vs-back',
      grade: 3,
      stateBefore: 2,
    })
  })
})
