import type { AppState } from '../model'
import type { ReportSource } from './model'

/**
 * What the report can show from the stored state. Features with their own slice (levels,
 * frameworks, study log) add their part here, shaped as ReportSource asks.
 */
export function reportSourceOf(state: AppState): ReportSource {
  return { skills: state.skills, notes: state.notes }
}
