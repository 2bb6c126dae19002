import type { StateCreator } from 'zustand'
import type { EventPayload } from '../../../shared/contract'
import type { SubtopicRef } from '../../../shared/schemas/plan'
import type { PlanChoice, PlanView } from '../../../shared/plan/schema'
import { call, type AnswerOf, type Outcome, type RequestTo } from './call'
import type { Store } from './store'

/** Options the learner changes from the Plan view (what is left out stays). */
export type PlanOptionsPatch = RequestTo<'plan.setOptions'>

/**
 * The study plan main works out on demand. It is not part of the held state: it is asked for
 * only when a view shows it (never for the first screen), and asked again after a change it
 * depends on, or when the day has turned.
 */
export interface PlanSlice {
  /** The plan main answered last; null until a view asks for it. */
  planView: PlanView | null
  /** Something the plan depends on changed since it was worked out: views showing it ask again. */
  planStale: boolean
  /** Why the plan could not be worked out, shown where the plan would be. */
  planError: string | null
  /** Marks the plan stale when a change touches what it is made from (wired to main's `changed` event). */
  planChanged: (change: EventPayload<'changed'>) => void
  plan: {
    /** Asks main for the plan as it stands today. */
    get: () => Promise<Outcome<PlanView>>
    setOptions: (patch: PlanOptionsPatch) => Promise<Outcome<PlanView>>
    /** A sub-topic's effort in minutes; null gives it back its default. */
    setEffort: (ref: SubtopicRef, minutes: number | null) => Promise<Outcome<PlanView>>
    /** Leaves sub-topics out of the plan for later, or brings them back. */
    setLater: (keys: SubtopicRef[], later: boolean) => Promise<Outcome<PlanView>>
    /** The plan as a choice would make it; nothing changes. */
    previewChoice: (choice: PlanChoice) => Promise<Outcome<PlanView>>
    /** Makes a catch-up choice and offers Undo, which puts the options and date back. */
    applyChoice: (choice: PlanChoice, says: string) => Promise<Outcome<PlanView>>
    /** Saves the plan as an iCalendar file where the learner picks. */
    exportIcs: () => Promise<Outcome<AnswerOf<'plan.exportIcs'>>>
  }
}

/** The parts of the held state a plan is made from: progress, the curriculum, levels and dates, cards, study time, its own options. */
const PLAN_INPUTS = new Set(['skills', 'curriculum', 'levels', 'review', 'study', 'plan'])

/** The plan slice: the plan main worked out, and the plan channels. */
export const createPlanSlice: StateCreator<Store, [], [], PlanSlice> = (set, get) => {
  // Every plan answer is the whole plan: one race key, so an older answer never shows over a newer one.
  const options = {
    key: 'plan',
    apply: (planView: PlanView) => set({ planView, planError: null }),
  }
  const write = (failure: string): typeof options & { failure: string } => ({ ...options, failure })
  return {
    planView: null,
    planStale: false,
    planError: null,
    planChanged: ({ origin, records }) => {
      // The plan's own channels from this window answered the new plan already.
      if (origin.kind === 'channel' && origin.window && origin.channel.startsWith('plan:')) return
      if (get().planView && records.some((record) => PLAN_INPUTS.has(String(record.at[0])))) set({ planStale: true })
    },
    plan: {
      get: () => {
        // Fresh from here on: a change while this call is out marks the plan stale again.
        set({ planStale: false })
        return call('plan.get', undefined, { ...options, onFailure: (planError) => set({ planError }) })
      },
      setOptions: (patch) => call('plan.setOptions', patch, write('Could not change the plan')),
      setEffort: (ref, minutes) => call('plan.setEffort', { ...ref, minutes }, write('Could not save the effort')),
      setLater: (keys, later) => call('plan.setLater', { keys, later }, write('Could not change the plan')),
      previewChoice: (choice) => call('plan.previewChoice', { choice }, { failure: 'Could not preview that choice' }),
      async applyChoice(choice, says) {
        const outcome = await call(
          'plan.applyChoice',
          { choice },
          { key: options.key, apply: ({ view }) => options.apply(view), failure: 'Could not change the plan' },
        )
        if (!outcome.ok) return outcome
        const { undo, view } = outcome.value
        get().offerUndo(says, () => call('plan.restore', undo, write('Could not put the plan back')))
        return { ok: true, value: view }
      },
      exportIcs: () => call('plan.exportIcs', undefined, { failure: 'Could not export the plan' }),
    },
  }
}
