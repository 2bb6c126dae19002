import type { AppState, ProgressSnapshot } from '../shared/model'
import { dayOf } from '../shared/calendar/days'
import { categoryProgress, putSnapshot, snapshotOf } from '../shared/study/progress-history'

/**
 * Records today's skill progress per category into the state's progress log (call it inside the
 * same store.update as the change, so both reach the disk together); answers the snapshot.
 * Days are days in the learner's zone; a later change on the same day overwrites that day's entry.
 */
export function recordProgress(state: AppState, now: Date, timeZone: string): ProgressSnapshot {
  const snapshot = snapshotOf(dayOf(now, timeZone), categoryProgress(state.curriculum, state.skills))
  putSnapshot(state.progressLog, snapshot)
  return snapshot
}
