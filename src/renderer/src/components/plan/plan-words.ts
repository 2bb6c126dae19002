import type { PlanItem, PlanPace } from '../../../../shared/plan/schema'
import { formatMinutes } from '../../../../shared/study/time-words'

/** "Part 2 of 3" for a sub-topic spread over days; empty when it fits in one. */
export function partOf(item: Pick<PlanItem, 'part' | 'parts'>): string {
  return item.parts > 1 ? `part ${item.part} of ${item.parts}` : ''
}

/** Hours a week as the learner reads them: "6 h", "7.5 h". */
export function hoursWords(hours: number): string {
  return `${Math.round(hours * 10) / 10} h`
}

/** Ahead, on track or behind, in words with the time. */
export function paceWords(pace: PlanPace): string {
  if (pace.kind === 'on-track' || pace.minutes === 0) return 'On track'
  return `${pace.kind === 'ahead' ? 'Ahead' : 'Behind'} by ${formatMinutes(pace.minutes)}`
}
