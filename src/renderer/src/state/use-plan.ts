import { useEffect } from 'react'
import type { PlanView } from '../../../shared/plan/schema'
import { useToday } from '../use-clock'
import { useStore } from './store'

/** The renderer's day the plan was last asked for: a plan of yesterday is asked for again. */
let askedOn: string | null = null

/** Runs `work` once the page is idle (the first screen drawn), or at once when `now`. */
function soon(work: () => void, now: boolean): () => void {
  if (now) {
    work()
    return () => undefined
  }
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(work, { timeout: 400 })
    return () => cancelIdleCallback(id)
  }
  const id = setTimeout(work, 50)
  return () => clearTimeout(id)
}

/**
 * The plan for a component that shows it. It is asked for when first shown (once the page is
 * idle when `afterFirstScreen`, so the Dashboard's first paint never waits for the planner),
 * again after a change it depends on, and when the day has turned. A failed ask is not retried
 * on its own: `error` says why and `retry` asks again.
 */
export function usePlan(afterFirstScreen = false): { plan: PlanView | null; error: string | null; retry: () => void } {
  const plan = useStore((s) => s.planView)
  const stale = useStore((s) => s.planStale)
  const error = useStore((s) => s.planError)
  const get = useStore((s) => s.plan.get)
  const { today } = useToday()
  const needed = plan === null ? error === null : stale || askedOn !== today
  useEffect(() => {
    if (!needed) return
    return soon(
      () => {
        askedOn = today
        void get()
      },
      !afterFirstScreen || plan !== null,
    )
  }, [needed, today, get, afterFirstScreen, plan])
  return { plan, error, retry: () => void get() }
}
