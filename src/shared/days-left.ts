const DAY_MS = 24 * 60 * 60 * 1000

/** Today in the learner's local calendar, as YYYY-MM-DD. */
export function localDay(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

// Calendar days are counted in UTC so a daylight-saving change never makes a day 23 or 25 hours.
function dayNumber(day: string): number {
  const [y, m, d] = day.split('-').map(Number)
  return Math.round(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1) / DAY_MS)
}

/** Whole calendar days from `today` to `target` (both YYYY-MM-DD): negative when overdue. */
export function daysBetween(today: string, target: string): number {
  return dayNumber(target) - dayNumber(today)
}

/** "due today", "1 day left", "3 days left", "2 days overdue". */
export function describeDaysLeft(days: number): string {
  if (days === 0) return 'due today'
  const count = Math.abs(days)
  const unit = count === 1 ? 'day' : 'days'
  return days > 0 ? `${count} ${unit} left` : `${count} ${unit} overdue`
}

/** How the target date stands today, in words, or null when no date is set. */
export function targetDateStatus(target: string | null, now: Date = new Date()): { days: number; text: string } | null {
  if (!target) return null
  const days = daysBetween(localDay(now), target)
  return { days, text: describeDaysLeft(days) }
}
