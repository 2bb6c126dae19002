import { Suspense, useEffect } from 'react'
import { formatDay } from '../../../../shared/calendar/format'
import { useStore } from '../../state/store'
import { usePlan } from '../../state/use-plan'
import { goTo } from '../../commands/command-kit'
import type { Intent } from '../../state/ui-slice'
import { lazyView } from '../../lazy-view'
import type { PlanView } from '../../../../shared/plan/schema'
import { LoadError } from '../common/FormFeedback'

/** Today's list, fetched with the plan once the first screen is up. */
const TodayPlan = lazyView<{ plan: PlanView; studied: number; review: TodayReview }>(() => import('./TodayPlan'))

/** Opens the Plan view, a control there taking focus. */
export const openPlan = (intent: Intent = 'main'): void => goTo(useStore.getState(), 'plan', intent)

/** Cards due now and new ones today, as the Dashboard's review card counts them. */
export interface TodayReview {
  due: number
  fresh: number
}

/**
 * Today: the sub-topics the plan gives today (each started with one click), the review due, and
 * the minutes studied against today's share. The first thing on the Dashboard; the plan and the
 * list's code come once the first screen is up, and the panel keeps its place while they do.
 */
export function TodayPanel({ studied, review }: { studied: number; review: TodayReview }) {
  const { plan, error, retry } = usePlan(true)
  // The list's code is fetched while main works the plan out.
  useEffect(() => void TodayPlan.preload().catch(() => undefined), [])
  const waiting = <p className="dash-note today-wait">Working out today’s plan…</p>
  return (
    <section className="dash-card today" aria-labelledby="today-heading" aria-busy={!plan && !error}>
      <div className="today-head">
        <h2 id="today-heading">Today</h2>
        {plan ? <span className="today-date">{formatDay(plan.today.day)}</span> : null}
        <button type="button" className="link-button today-open" onClick={() => openPlan()}>
          Open the plan
        </button>
      </div>
      {plan ? (
        <Suspense fallback={waiting}>
          <TodayPlan plan={plan} studied={studied} review={review} />
        </Suspense>
      ) : error ? (
        <LoadError error={error} retry={retry} className="today-setup" />
      ) : (
        waiting
      )}
    </section>
  )
}
