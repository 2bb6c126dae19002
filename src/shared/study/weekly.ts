import { skillOf } from '../curriculum/access'
import type { Curriculum } from '../schemas/curriculum'
import type { StudySession } from '../schemas/study'
import { addDays, dayOf, weekStart } from '../calendar/days'
import { minutesPerDay } from './streak'

/** One week's figure per skill category; `week` is the Monday it starts on. */
export interface WeekRow {
  week: string
  technical: number
  soft: number
}

/** The Mondays of the last `count` weeks, oldest first, the current week last. */
export function lastWeeks(now: Date, timeZone: string, count: number): string[] {
  const current = weekStart(dayOf(now, timeZone))
  return Array.from({ length: count }, (_, i) => addDays(current, -7 * (count - 1 - i)))
}

/** Minutes studied per week and category over the last `count` weeks, on local days. */
export function minutesPerWeek(curriculum: Curriculum, sessions: readonly StudySession[], timeZone: string, now: Date, count: number): WeekRow[] {
  const rows = lastWeeks(now, timeZone, count).map((week): WeekRow => ({ week, technical: 0, soft: 0 }))
  const byWeek = new Map(rows.map((row) => [row.week, row]))
  for (const category of ['technical', 'soft'] as const) {
    const days = minutesPerDay(
      sessions.filter((s) => skillOf(curriculum, s.skillId)?.category === category),
      timeZone,
      now,
    )
    for (const [day, minutes] of days) {
      const row = byWeek.get(weekStart(day))
      if (row) row[category] += minutes
    }
  }
  for (const row of rows) {
    row.technical = Math.round(row.technical)
    row.soft = Math.round(row.soft)
  }
  return rows
}
