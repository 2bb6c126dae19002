import { describe, expect, it } from 'vitest'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { withRealApi } from '../support/with-real-api'
import { studyLoopState } from '../support/study-loop-fixture'
import { useStore } from '../../src/renderer/src/state/store'
import DashboardView from '../../src/renderer/src/views/DashboardView'
import ReviewView from '../../src/renderer/src/views/ReviewView'

const panel = (name: string | RegExp): HTMLElement => screen.getByRole('region', { name })

describe('Dashboard study loop, seeded mid-way', () => {
  withRealApi({ seed: studyLoopState })

  it('shows the streak, this week against last and what today still needs', () => {
    render(<DashboardView />)
    expect(panel('Study streak').textContent).toContain('3 days')
    expect(panel('Study streak').textContent).toContain('Today counts: 30 min studied.')
    const week = panel('This week')
    expect(within(week).getByText('1 h 30 min', { selector: '.dash-figure' })).toBeTruthy()
    expect(week.textContent).toContain('Last week1 h')
    expect(week.textContent).toContain('30 min more than last week.')
  })

  it('after a broken streak, says the best run and what today needs, and how far this week is behind the last', () => {
    const study = useStore.getState().data!.study
    // Without today's and yesterday's time: 20 min this week (two days ago), 1 h last week on two days in a row.
    useStore.setState({
      data: {
        ...useStore.getState().data!,
        study: { ...study, sessions: study.sessions.filter((s) => s.id !== 's-today' && s.id !== 's-1') },
      },
    })
    render(<DashboardView />)
    expect(panel('Study streak').textContent).toContain('0 days')
    expect(panel('Study streak').textContent).toContain('Your best was 2 days. Study 15 min today to start again.')
    expect(panel('This week').textContent).toContain('40 min to go to match last week.')
  })

  it('counts the cards due and starts the review session from the Dashboard', async () => {
    const { unmount } = render(<DashboardView />)
    const review = panel('Review today')
    expect(review.textContent).toContain('2 cards due')
    expect(review.textContent).toContain('Plus 10 new to learn: 12 cards in all.')
    await userEvent.click(within(review).getByRole('button', { name: 'Start review' }))
    expect(useStore.getState()).toMatchObject({ view: 'review', intent: 'review-begin' })
    unmount()
    render(<ReviewView />)
    // The session is running (not the overview's start button), on the card due longest.
    expect(await screen.findByRole('heading', { name: 'Review session' })).toBeTruthy()
    expect(screen.queryByRole('button', { name: /^Start review/ })).toBeNull()
    expect(screen.getByText('0 answered, 12 to go')).toBeTruthy()
    expect(screen.getByLabelText('Current card').textContent).toContain(
      'What should a new backend learner pick up first?',
    )
    expect(useStore.getState().intent).toBeNull()
  })

  it('lists the notes edited last, newest first, and opens the exact note', async () => {
    render(<DashboardView />)
    const notes = panel('Recent notes')
    const buttons = await within(notes).findAllByRole('button', { name: /^Open note: / })
    expect(buttons.map((b) => b.querySelector('.recent-note-title')?.textContent)).toEqual([
      'Why an index speeds up a lookup',
      'Joins, step by step',
      'Status codes I keep mixing up',
    ])
    expect(buttons[0]?.textContent).toBe('Open note: Why an index speeds up a lookupDatabases · edited today')
    await userEvent.click(buttons[1] as HTMLElement)
    expect(useStore.getState()).toMatchObject({
      view: 'skills',
      selectedSkillId: 'databases',
      selectedNoteId: 'n-joins',
      intent: 'note:n-joins',
    })
  })

  it('says readiness in one short line and explains it only when asked', async () => {
    render(<DashboardView />)
    const readiness = panel(/Your current level/)
    expect(within(readiness).getByText('1 of 8 goals ticked, plus credit for skills in progress.')).toBeTruthy()
    const how = within(readiness).getByRole('button', { name: /How is this worked out\?/ })
    expect(how.getAttribute('aria-expanded')).toBe('false')
    const details = document.getElementById(how.getAttribute('aria-controls') ?? '') as HTMLElement
    expect(details.hidden).toBe(true)
    await userEvent.click(how)
    expect(how.getAttribute('aria-expanded')).toBe('true')
    expect(details.hidden).toBe(false)
    expect(details.textContent).toContain('An open goal earns up to half its share')
  })
})

describe('Dashboard study loop, on a first start', () => {
  withRealApi()

  it('says what to do in each empty panel and each button goes there', async () => {
    render(<DashboardView />)
    expect(panel('Study streak').textContent).toContain(
      'No study time yet. Start a timer while you study; a day counts from 15 minutes.',
    )
    expect(panel('This week').textContent).toContain('Nothing logged this week or last.')
    expect(panel('Review today').textContent).toContain('Nothing due yet. Start with the new cards of the day.')
    expect(panel('Recent notes').textContent).toContain('No notes yet. Open a skill and write down what you learn')
    await userEvent.click(within(panel('Study streak')).getByRole('button', { name: 'Start a timer' }))
    expect(useStore.getState()).toMatchObject({ view: 'study', intent: 'timer-skill' })
    await userEvent.click(within(panel('This week')).getByRole('button', { name: 'Log time by hand' }))
    expect(useStore.getState()).toMatchObject({ view: 'study', intent: 'log-skill' })
    await userEvent.click(within(panel('Recent notes')).getByRole('button', { name: 'Open Skills' }))
    expect(useStore.getState().view).toBe('skills')
  })

  it('with nothing left to review, offers to write a card instead', async () => {
    const state = studyLoopState()
    state.review.cards = {}
    // Today's ten new cards are already answered.
    const at = new Date(Date.now() - 60_000).toISOString()
    state.review.log = Array.from({ length: 10 }, (_, i) => ({
      cardId: `c-${i}`,
      skillId: 'apis',
      grade: 3 as const,
      stateBefore: 0,
      scheduledDays: 1,
      at,
    }))
    useStore.setState({ data: { ...useStore.getState().data!, review: state.review } })
    render(<DashboardView />)
    const review = panel('Review today')
    expect(review.textContent).toContain('All done')
    await userEvent.click(within(review).getByRole('button', { name: 'Write a card' }))
    expect(useStore.getState()).toMatchObject({ view: 'review', intent: 'card-skill' })
  })
})
