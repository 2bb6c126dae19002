import { describe, expect, it } from 'vitest'
import { render, screen, within } from '@testing-library/react'
import { withRealApi } from '../support/with-real-api'
import { freshState, type AppState } from '../../src/shared/model'
import { middayOf, systemTimeZone } from '../../src/shared/calendar/days'
import { testDay } from '../support/test-clock'
import { PACK_AND_OWN } from '../support/pack-and-own-category'
import StudyLogView from '../../src/renderer/src/views/StudyLogView'
import DashboardView from '../../src/renderer/src/views/DashboardView'

/** A session of `seconds` on `skillId` at midday today (the test clock's day, in the process's zone). */
function sessionToday(id: string, skillId: string, seconds: number): AppState['study']['sessions'][number] {
  const start = middayOf(testDay(0), systemTimeZone())
  return {
    id,
    skillId,
    start: start.toISOString(),
    end: new Date(start.getTime() + seconds * 1000).toISOString(),
    minutes: seconds / 60,
    manual: false,
  }
}

/**
 * A learner with the system design pack's first category and a category of their own: 40
 * minutes on the pack's skill and one 30-second timer run on their own skill, both today.
 */
function packAndOwnCategory(): AppState {
  const state = freshState()
  state.curriculum.categories.push(...PACK_AND_OWN.categories)
  state.curriculum.skills.push(...PACK_AND_OWN.skills)
  state.study.sessions.push(sessionToday('s-pack', 'sd-requirements', 40 * 60), sessionToday('s-short', 'ddia', 30))
  return state
}

describe('Study log over every category the learner has', () => {
  withRealApi({ seed: packAndOwnCategory })

  it("charts the minutes of a pack's category and a learner-made one, which the built-in two used to drop", () => {
    render(<StudyLogView />)
    const table = screen.getByRole('table', { name: 'Minutes studied per week' })
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Week of', 'System design building blocks (minutes)', 'Reading list (minutes)'])
    const thisWeek = within(table).getAllByRole('row').at(-1)!
    expect(
      within(thisWeek)
        .getAllByRole('cell')
        .map((td) => td.textContent),
    ).toEqual(['40', '0.5'])
    // The progress chart has a line for every visible category, built-in, pack and own.
    const progress = screen.getByRole('table', { name: 'Skill progress per category' })
    expect(
      within(progress)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toContain('Reading list (%)')
  })

  it('writes a 30-second run as "under 1 min" in the log, and counts it today', () => {
    render(<StudyLogView />)
    const log = screen.getByRole('region', { name: 'Recent sessions' })
    const short = within(log).getByRole('button', {
      name: /^Remove under 1 min of Designing data-intensive applications/,
    })
    expect(short.closest('tr')?.textContent).toContain('under 1 min')
    expect(screen.getByRole('region', { name: 'Streak' }).textContent).toContain('41 min today')
  })

  it('counts the pack time in the Dashboard week too', () => {
    render(<DashboardView />)
    expect(screen.getByRole('region', { name: 'This week' }).textContent).toContain('41 min')
  })
})
