import { LEVEL_IDS, levelById } from '../curriculum/levels'
import { targetDateStatus } from '../days-left'
import { frameworkMarks } from '../framework-marks'
import type { AppState } from '../model'
import { percent } from '../progress'
import { levelGoals, readinessOf } from '../readiness'
import { systemTimeZone } from '../study/days'
import { minutesPerDay, streakOf } from '../study/streak'
import type { ActivityEntry, ReportSource } from './model'

/** The moment and zone a report is built for: days left, study days and the streak depend on them. */
export interface SourceContext {
  now?: Date
  /** IANA zone for study days; the system's own when not given. */
  timeZone?: string
}

function levelsOf(state: AppState, now: Date): NonNullable<ReportSource['levels']> {
  return LEVEL_IDS.map((id) => {
    const goals = levelGoals(id, state.levels)
    // The same readiness the Levels view shows, so the figures agree.
    const readiness = readinessOf(goals, state.skills)
    const target = state.levels[id].targetDate
    const left = targetDateStatus(target, now)
    return {
      id,
      title: levelById(id).title,
      percent: percent(readiness.fraction),
      doneGoals: readiness.doneGoals,
      totalGoals: readiness.totalGoals,
      explanation: readiness.explanation,
      current: state.levels.currentLevel === id,
      ...(target ? { targetDate: target } : {}),
      ...(left ? { daysLeft: left.text } : {}),
      goals: goals.map((goal) => ({ title: goal.title, done: goal.done, custom: goal.custom })),
    }
  })
}

function activityOf(state: AppState, now: Date, timeZone: string): ActivityEntry[] {
  return state.study.sessions.flatMap((session) =>
    [...minutesPerDay([session], timeZone, now)].map(([date, minutes]) => ({ date, minutes, skillId: session.skillId, sessionId: session.id })),
  )
}

/** What the report can show from the stored state: every slice shaped as ReportSource asks. */
export function reportSourceOf(state: AppState, context: SourceContext = {}): ReportSource {
  const now = context.now ?? new Date()
  const timeZone = context.timeZone ?? systemTimeZone()
  const sessions = state.study.sessions
  const streak = streakOf(sessions, state.study.minMinutesPerDay, timeZone, now)
  return {
    skills: state.skills,
    notes: state.notes,
    levels: levelsOf(state, now),
    frameworks: frameworkMarks(state).map(({ name, mark }) => ({ name, mark })),
    activity: activityOf(state, now, timeZone),
    ...(sessions.length > 0 ? { streak: { current: streak.current, longest: streak.longest, minMinutes: state.study.minMinutesPerDay } } : {}),
    evidence: state.evidence,
  }
}
