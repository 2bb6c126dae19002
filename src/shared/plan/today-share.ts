import type { AppState } from '../model'
import { planInputOf } from './input'
import { buildPlan } from './planner'

/**
 * Today's share of the plan in minutes (studied, reviews and planned work), or null when there is
 * no plan to keep to (no hours, no target date, nothing left): what the "today's share" reminder weighs.
 */
export function todayShareMinutes(state: AppState, now: Date, timeZone: string): number | null {
  const view = buildPlan(planInputOf(state, now, timeZone))
  return view.status === 'ready' && view.today.shareMinutes > 0 ? view.today.shareMinutes : null
}
