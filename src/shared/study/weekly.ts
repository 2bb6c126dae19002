import { skillById, type SkillCategory } from '../curriculum/skills'
import type { ReviewLogEntry } from '../schemas/review'
import type { StudySession } from '../schemas/study'
import { addDays, dayKey, weekStart } from './days'
import { minutesPerDay } from './streak'

/** One week's figure per skill category; `week` is the Monday it starts on. */
export interface WeekRow {
  week: string
  technical: number
  soft: number
}

/** The Mondays of the last `count` weeks, oldest first, the current week last. */
export function lastWeeks(now: Date, timeZone: string, count: number): string[] {
  const current = weekStart(dayKey(now, timeZone))
  return Array.from({ length: count }, (_, i) => addDays(current, -7 * (count - 1 - i)))
}

function categoryOf(skillId: string): SkillCategory | undefined {
  return skillById(skillId)?.category
}

/** Minutes studied per week and category over the last `count` weeks, on local days. */
export function minutesPerWeek(sessions: readonly StudySession[], timeZone: string, now: Date, count: number): WeekRow[] {
  const rows = lastWeeks(now, timeZone, count).map((week): WeekRow => ({ week, technical: 0, soft: 0 }))
  const byWeek = new Map(rows.map((row) => [row.week, row]))
  for (const category of ['technical', 'soft'] as const) {
    const days = minutesPerDay(sessions.filter((s) => categoryOf(s.skillId) === category), timeZone, now)
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

/**
 * Review progress per category: how many distinct cards the learner has remembered (answered
 * Good or Easy at least once) by the end of each of the last `count` weeks.
 */
export function cardsRememberedByWeek(log: readonly ReviewLogEntry[], timeZone: string, now: Date, count: number): WeekRow[] {
  const firstRemembered = new Map<string, { day: string; category: SkillCategory }>()
  for (const entry of log) {
    const category = categoryOf(entry.skillId)
    if (entry.grade < 3 || !category || firstRemembered.has(entry.cardId)) continue
    firstRemembered.set(entry.cardId, { day: dayKey(new Date(entry.at), timeZone), category })
  }
  return lastWeeks(now, timeZone, count).map((week) => {
    const end = addDays(week, 6)
    const row: WeekRow = { week, technical: 0, soft: 0 }
    for (const { day, category } of firstRemembered.values()) if (day <= end) row[category] += 1
    return row
  })
}
