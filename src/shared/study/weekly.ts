import { isVisibleSkill, skillOf, visibleCategories } from '../curriculum/access'
import type { Curriculum } from '../schemas/curriculum'
import type { StudySession } from '../schemas/study'
import { addDays, dayOf, weekStart } from '../calendar/days'
import { minutesPerDay } from './streak'

/** One line or stack of a weekly chart: a category of the curriculum (or time on skills no category shows). */
export interface WeekSeries {
  id: string
  title: string
}

/** One week's figure per series id; `week` is the Monday it starts on. */
export interface WeekRow {
  week: string
  values: Record<string, number>
}

/** A weekly chart's data: its series in the learner's category order, and one row per week, oldest first. */
export interface WeeklyFigures {
  series: WeekSeries[]
  rows: WeekRow[]
}

/** Series id of time on skills the curriculum no longer has (in the trash), as the reports count it. */
export const OTHER_SERIES: WeekSeries = { id: '(other)', title: 'Other' }

/** The Mondays of the last `count` weeks, oldest first, the current week last. */
export function lastWeeks(now: Date, timeZone: string, count: number): string[] {
  const current = weekStart(dayOf(now, timeZone))
  return Array.from({ length: count }, (_, i) => addDays(current, -7 * (count - 1 - i)))
}

/** The sum of a week's figures over its series. */
export function weekTotal(row: WeekRow | undefined): number {
  return row ? Object.values(row.values).reduce((sum, value) => sum + value, 0) : 0
}

// Tenths keep a 30-second timer run visible (0.5) without long decimals in the table.
const tenths = (minutes: number): number => Math.round(minutes * 10) / 10

/**
 * Minutes studied per week and category over the last `count` weeks, on local days, counted as
 * the reports count them: every visible category with time in those weeks is a series (the first
 * category when there is none), time on a skill that is gone goes to `OTHER_SERIES`, and time on a
 * hidden skill leaves the figures until it is shown again.
 */
export function minutesPerWeek(
  curriculum: Curriculum,
  sessions: readonly StudySession[],
  timeZone: string,
  now: Date,
  count: number,
): WeeklyFigures {
  const categories = visibleCategories(curriculum)
  const shown = new Set(categories.map((category) => category.id))
  const rows = lastWeeks(now, timeZone, count).map((week): WeekRow => ({ week, values: {} }))
  const byWeek = new Map(rows.map((row) => [row.week, row]))
  const bySeries = new Map<string, StudySession[]>()
  for (const session of sessions) {
    const skill = skillOf(curriculum, session.skillId)
    if (skill && !isVisibleSkill(curriculum, skill.id)) continue
    const id = skill && shown.has(skill.category) ? skill.category : OTHER_SERIES.id
    bySeries.set(id, [...(bySeries.get(id) ?? []), session])
  }
  for (const [id, group] of bySeries) {
    for (const [day, minutes] of minutesPerDay(group, timeZone, now)) {
      const row = byWeek.get(weekStart(day))
      if (row) row.values[id] = (row.values[id] ?? 0) + minutes
    }
  }
  const withTime = (id: string): boolean => rows.some((row) => (row.values[id] ?? 0) > 0)
  const series: WeekSeries[] = categories
    .filter((category) => withTime(category.id))
    .map(({ id, title }) => ({ id, title }))
  if (withTime(OTHER_SERIES.id)) series.push(OTHER_SERIES)
  if (series.length === 0 && categories[0]) series.push({ id: categories[0].id, title: categories[0].title })
  for (const row of rows) row.values = Object.fromEntries(series.map(({ id }) => [id, tenths(row.values[id] ?? 0)]))
  return { series, rows }
}
