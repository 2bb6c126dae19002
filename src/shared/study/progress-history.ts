import { visibleCategories, visibleSkills } from '../curriculum/access'
import type { Curriculum } from '../schemas/curriculum'
import { groupProgress, percent } from '../skills/progress'
import type { SkillProgress } from '../model'
// Types only: the renderer imports this module and must not pull zod in (it needs eval under CSP).
import type { ProgressSnapshot } from '../schemas/progress-log'
import { addDays, dayOf } from '../calendar/days'
import { lastWeeks, type WeeklyFigures } from './weekly'

/** How many daily snapshots are kept; the oldest go first (about three years of daily study). */
const PROGRESS_LOG_CAP = 1000

/** Progress fractions (0..1) per visible category id of the skills' records, as the dashboard computes them. */
export function categoryProgress(
  curriculum: Curriculum,
  skills: Record<string, SkillProgress | undefined>,
): Record<string, number> {
  const visible = visibleSkills(curriculum)
  return Object.fromEntries(
    visibleCategories(curriculum).map((category) => {
      const fraction = groupProgress(
        visible.filter((skill) => skill.category === category.id),
        skills,
      ).fraction
      // Four decimals are plenty for a percentage chart and keep the data file short.
      return [category.id, Math.round(fraction * 10_000) / 10_000]
    }),
  )
}

/**
 * Today's snapshot of `figures`: every category under `categories`, and the two built-in ones
 * again at the top level, where releases before per-category snapshots read them.
 */
export function snapshotOf(day: string, figures: Record<string, number>): ProgressSnapshot {
  return { day, technical: figures.technical ?? 0, soft: figures.soft ?? 0, categories: figures }
}

/** A snapshot's figures per category id (one written before per-category snapshots has the built-in two). */
function figuresOf(snapshot: ProgressSnapshot): Record<string, number> {
  return snapshot.categories ?? { technical: snapshot.technical, soft: snapshot.soft }
}

/**
 * Puts `snapshot` into `log` in place: it replaces an entry of the same day, otherwise it is
 * added in day order; past the cap the oldest entries are dropped.
 */
export function putSnapshot(log: ProgressSnapshot[], snapshot: ProgressSnapshot, cap = PROGRESS_LOG_CAP): void {
  const same = log.findIndex((entry) => entry.day === snapshot.day)
  // The same figures again write nothing (a write that changes nothing must not be recorded as a change).
  if (same >= 0) {
    if (JSON.stringify(log[same]) !== JSON.stringify(snapshot)) log[same] = snapshot
  } else {
    log.push(snapshot)
    // Only a clock set back can bring an earlier day; keep the order the chart relies on.
    if (log.length > 1 && log[log.length - 2]!.day > snapshot.day) log.sort((a, b) => a.day.localeCompare(b.day))
  }
  if (log.length > cap) log.splice(0, log.length - cap)
}

/**
 * Skill progress per visible category, in whole percent, at the end of each of the last `count`
 * weeks: the last snapshot on or before the week's Sunday carries forward, 0 before the first one
 * (and for a category the snapshot did not know yet). `current` (today's figures from the live
 * records) stands in for today's snapshot, so the current week is right before anything was recorded.
 */
export function progressByWeek(
  curriculum: Curriculum,
  log: readonly ProgressSnapshot[],
  timeZone: string,
  now: Date,
  count: number,
  current?: Record<string, number>,
): WeeklyFigures {
  const today = dayOf(now, timeZone)
  const entries = current ? [...log.filter((entry) => entry.day < today), snapshotOf(today, current)] : [...log]
  entries.sort((a, b) => a.day.localeCompare(b.day))
  const series = visibleCategories(curriculum).map(({ id, title }) => ({ id, title }))
  const rows = lastWeeks(now, timeZone, count).map((week) => {
    const end = addDays(week, 6)
    const last = entries.findLast((entry) => entry.day <= end)
    const figures = last ? figuresOf(last) : {}
    return { week, values: Object.fromEntries(series.map(({ id }) => [id, percent(figures[id] ?? 0)])) }
  })
  return { series, rows }
}
