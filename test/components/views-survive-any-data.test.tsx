import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { render, screen, waitFor, within, cleanup } from '@testing-library/react'
import fc from 'fast-check'
import type { ComponentType } from 'react'
import { withRealApi } from '../support/with-real-api'
import { learnerShapes, largeShape, stateOf, type LearnerShape } from '../support/any-learner-data'
import { useStore } from '../../src/renderer/src/state/store'
import type { ViewId } from '../../src/renderer/src/state/ui-slice'
import { ViewErrorBoundary } from '../../src/renderer/src/components/shell/ViewErrorBoundary'
import DashboardView from '../../src/renderer/src/views/DashboardView'
import SkillsView from '../../src/renderer/src/views/SkillsView'
import LevelsView from '../../src/renderer/src/views/LevelsView'
import PlanView from '../../src/renderer/src/views/PlanView'
import FrameworksView from '../../src/renderer/src/views/FrameworksView'
import ReportsView from '../../src/renderer/src/views/ReportsView'
import ReviewView from '../../src/renderer/src/views/ReviewView'
import StudyLogView from '../../src/renderer/src/views/StudyLogView'
import DataView from '../../src/renderer/src/views/DataView'

// No view may be broken by the learner's own data: whatever curriculum a pack, an outline or the
// editor leaves (empty categories, all-hidden ones, odd titles, a thousand skills), every view and
// the report preview render without the error boundary and without a console error.

const real = withRealApi({ load: false })

const VIEWS: [ViewId, ComponentType][] = [
  ['dashboard', DashboardView],
  ['skills', SkillsView],
  ['levels', LevelsView],
  ['plan', PlanView],
  ['frameworks', FrameworksView],
  ['reports', ReportsView],
  ['review', ReviewView],
  ['study', StudyLogView],
  ['data', DataView],
]

/** happy-dom has no 2D canvas, so Chart.js says it cannot draw; the charts are drawn in Chromium by the e2e specs. */
const NO_CANVAS = "Failed to create chart: can't acquire context from the given item"

let consoleErrors: unknown[][] = []
beforeEach(() => {
  consoleErrors = []
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    if (args[0] !== NO_CANVAS) consoleErrors.push(args)
  })
})
afterEach(() => vi.restoreAllMocks())

/** Loads `shape` into main and the store, then renders every view in turn and checks each one. */
async function everyViewRenders(shape: LearnerShape): Promise<void> {
  const { state, selectedSkillId } = stateOf(shape)
  await real.core.store.replace(state)
  await useStore.getState().app.getState()
  if (selectedSkillId) useStore.getState().selectSkill(selectedSkillId)
  for (const [name, View] of VIEWS) {
    // A failed run of the property leaves its view behind; each view is checked on a clean page.
    cleanup()
    render(
      <ViewErrorBoundary view={name}>
        <View />
      </ViewErrorBoundary>,
    )
    // Lazily loaded parts (the notes pane, charts, the report preview built in main) come in after the first render.
    if (name === 'reports')
      await within(await screen.findByRole('article', { name: 'Report preview' })).findAllByRole('region')
    await waitFor(() => expect(document.querySelector('[aria-busy="true"]')).toBeNull())
    expect(screen.queryByText('This view could not be shown'), `${name} view broke`).toBeNull()
    expect(consoleErrors, `${name} view logged an error`).toEqual([])
  }
  cleanup()
}

describe("every view, whatever the learner's data", () => {
  it('renders random curricula with random progress, notes and sessions', async () => {
    await fc.assert(fc.asyncProperty(learnerShapes(), everyViewRenders), { numRuns: 8 })
  }, 240_000)

  it('renders a category with no skill, one whose skills are all hidden, and one hidden category', async () => {
    const shape: LearnerShape = {
      categories: [
        { title: 'Filled', hidden: false },
        { title: 'Just added', hidden: false },
        { title: 'All hidden', hidden: false },
        { title: 'Hidden category', hidden: true },
      ],
      skills: [
        { category: 0, title: 'Shown', hidden: false, subtopics: ['One'] },
        { category: 2, title: 'Tucked away', hidden: true, subtopics: [] },
        { category: 3, title: 'In a hidden category', hidden: false, subtopics: [] },
      ],
      progress: [{ skill: 0, status: 'done', confidence: 5, ticks: 1 }],
      notes: [],
      sessions: [{ skill: 1, daysAgo: 0, minutes: 40 }],
      selected: 1,
    }
    await everyViewRenders(shape)
  }, 60_000)

  it('renders a thousand skills, and a skill with two hundred sub-topics', async () => {
    await everyViewRenders(largeShape(1000, 1))
    await everyViewRenders(largeShape(3, 200))
  }, 240_000)
})
