import type { AppState, ProgressSnapshot } from '../shared/model'
import { dayKey, systemTimeZone } from '../shared/study/days'
import { categoryProgress, putSnapshot } from '../shared/study/progress-history'

/**
 * Records today's skill progress per category into the state's progress log (call it inside the
 * same store.update as the change, so both reach the disk together); answers the snapshot.
 * Days are main's local days; a later change on the same day overwrites that day's entry.
 */
export function recordProgress(state: AppState, now: Date, timeZone = systemTimeZone()): ProgressSnapshot {
  const snapshot: ProgressSnapshot = { day: dayKey(now, timeZone), ...categoryProgress(state.skills) }
  putSnapshot(state.progressLog, snapshot)
  return snapshot
}
