import { visibleSkills } from '../curriculum/access'
import type { Curriculum } from '../schemas/curriculum'
import { groupProgress, percent } from '../skills/progress'
import type { SkillProgress } from '../model'
// Types only: the renderer imports this module and must not pull zod in (it needs eval under CSP).
import type { ProgressSnapshot } from '../schemas/progress-log'
import { addDays, dayOf } from '../calendar/days'
import { lastWeeks, type WeekRow } from './weekly'

// The chart follows the two built-in categories.
const CATEGORIES = ['technical', 'soft'] as const
type ChartCategory = (typeof CATEGORIES)[number]

/** How many daily snapshots are kept; the oldest go first (about three years of daily study). */
const PROGRESS_LOG_CAP = 1000

/** Progress fractions (0..1) per category of the skills' records, as the dashboard computes them. */
export function categoryProgress(curriculum: Curriculum, skills: Record<string, SkillProgress | undefined>): Record<ChartCategory, number> {
  const [technical, soft] = CATEGORIES.map((category) => {
    const fraction = groupProgress(
      visibleSkills(curriculum).filter((skill) => skill.category === category),
      skills,
    ).fraction
    // Four decimals are plenty for a percentage chart and keep the data file short.
    return Math.round(fraction * 10_000) / 10_000
  }) as [number, number]
  return { technical, soft }
}

/**
 * Puts `snapshot` into `log` in place: it replaces an entry of the same day, otherwise it is
 * added in day order; past the cap the oldest entries are dropped.
 */
export function putSnapshot(log: ProgressSnapshot[], snapshot: ProgressSnapshot, cap = PROGRESS_LOG_CAP): void {
  const same = log.findIndex((entry) => entry.day === snapshot.day)
  if (same >= 0) log[same] = snapshot
  else {
    log.push(snapshot)
    // Only a clock set back can bring an earlier day; keep the order the chart relies on.
    if (log.length > 1 && log[log.length - 2]!.day > snapshot.day) log.sort((a, b) => a.day.localeCompare(b.day))
  }
  if (log.length > cap) log.splice(0, log.length - cap)
}

/**
 * Skill progress per category, in whole percent, at the end of each of the last `count` weeks:
 * the last snapshot on or before the week's Sunday carries forward, 0 before the first one.
 * `current` (today's figures from the live records) stands in for today's snapshot, so the
 * current week is right even before anything was recorded.
 */
export function progressByWeek(log: readonly ProgressSnapshot[], timeZone: string, now: Date, count: number, current?: Record<ChartCategory, number>): WeekRow[] {
  const today = dayOf(now, timeZone)
  const entries = current ? [...log.filter((entry) => entry.day < today), { day: today, ...current }] : [...log]
  entries.sort((a, b) => a.day.localeCompare(b.day))
  return lastWeeks(now, timeZone, count).map((week) => {
    const end = addDays(week, 6)
    const last = entries.findLast((entry) => entry.day <= end)
    return { week, technical: last ? percent(last.technical) : 0, soft: last ? percent(last.soft) : 0 }
  })
}
