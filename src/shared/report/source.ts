import { LEVEL_IDS } from '../curriculum/levels'
import { levelOf } from '../curriculum/access'
import { targetDateStatus } from '../levels/days-left'
import { frameworkMarks } from '../frameworks/marks'
import type { AppState } from '../model'
import { percent } from '../skills/progress'
import { levelGoals, readinessOf } from '../levels/readiness'
import { dayOf } from '../calendar/days'
import { formatDay } from '../calendar/format'
import { minutesPerDay, streakOf } from '../study/streak'
import type { ActivityEntry, ReportContext, ReportSource } from './model'
import { formatMinutes } from '../study/time-words'
import { planInputOf } from '../plan/input'
import { buildPlan } from '../plan/planner'
import type { PlanView } from '../plan/schema'

/** The study plan against what is left, as the report says it; none before a plan can be made. */
function planOf(
  view: PlanView,
  locale: string | undefined,
): {
  plan: PlanView['pace']
  planText: string
  planLeft: Array<{ day: string; label: string; minutes: number }>
} | null {
  if ((view.status !== 'ready' && view.status !== 'date-passed') || view.targetDate === null) return null
  const { pace, fit } = view
  const figures = `${formatMinutes(fit.workMinutes + fit.reviewMinutes)} left, ${formatMinutes(fit.freeMinutes)} free before ${formatDay(view.targetDate, locale)}`
  const text =
    pace.kind === 'behind'
      ? `Study plan: behind by ${formatMinutes(pace.minutes)} (${figures}).`
      : pace.kind === 'ahead'
        ? `Study plan: ahead, with ${formatMinutes(pace.minutes)} to spare (${figures}).`
        : `Study plan: on track (${figures}).`
  // A chart has room for about a year of weeks; a longer plan keeps its first and last points.
  const left =
    view.leftOverTime.length > 60
      ? [...view.leftOverTime.slice(0, 59), ...view.leftOverTime.slice(-1)]
      : view.leftOverTime
  const planLeft = left.map(({ day, minutes }) => ({ day, label: formatDay(day, locale), minutes }))
  return { plan: pace, planText: text, planLeft }
}

function levelsOf(state: AppState, context: ReportContext): NonNullable<ReportSource['levels']> {
  const today = dayOf(context.now, context.timeZone)
  const plan = planOf(buildPlan(planInputOf(state, context.now, context.timeZone)), context.locale)
  return LEVEL_IDS.map((id) => {
    const goals = levelGoals(state.curriculum, id, state.levels)
    // The same readiness the Levels view shows, so the figures agree.
    const readiness = readinessOf(state.curriculum, goals, state.skills)
    const target = state.levels[id].targetDate
    const left = targetDateStatus(target, today)
    return {
      id,
      title: levelOf(state.curriculum, id).title,
      percent: percent(readiness.fraction),
      doneGoals: readiness.doneGoals,
      totalGoals: readiness.totalGoals,
      explanation: readiness.explanation,
      current: state.levels.currentLevel === id,
      ...(target ? { targetDate: target, targetOn: formatDay(target, context.locale) } : {}),
      ...(left ? { daysLeft: left.text } : {}),
      ...(plan && state.levels.currentLevel === id ? plan : {}),
      goals: goals.map((goal) => ({ title: goal.title, done: goal.done, custom: goal.custom })),
    }
  })
}

function activityOf(state: AppState, now: Date, timeZone: string): ActivityEntry[] {
  return state.study.sessions.flatMap((session) =>
    [...minutesPerDay([session], timeZone, now)].map(([date, minutes]) => ({
      date,
      minutes,
      skillId: session.skillId,
      sessionId: session.id,
    })),
  )
}

/** What the report can show from the stored state: every slice shaped as ReportSource asks. */
export function reportSourceOf(state: AppState, context: ReportContext): ReportSource {
  const { now, timeZone } = context
  const sessions = state.study.sessions
  const streak = streakOf(sessions, state.study.minMinutesPerDay, timeZone, now)
  return {
    curriculum: state.curriculum,
    skills: state.skills,
    notes: state.notes,
    levels: levelsOf(state, context),
    frameworks: frameworkMarks(state).map(({ name, mark }) => ({ name, mark })),
    activity: activityOf(state, now, timeZone),
    ...(sessions.length > 0
      ? { streak: { current: streak.current, longest: streak.longest, minMinutes: state.study.minMinutesPerDay } }
      : {}),
    evidence: state.evidence,
  }
}
