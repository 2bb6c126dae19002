import { daysBetween, type DayKey } from '../calendar/days'

/** "due today", "1 day left", "3 days left", "2 days overdue". */
export function describeDaysLeft(days: number): string {
  if (days === 0) return 'due today'
  const count = Math.abs(days)
  const unit = count === 1 ? 'day' : 'days'
  return days > 0 ? `${count} ${unit} left` : `${count} ${unit} overdue`
}

/** How a target date stands on `today` (both calendar days), in words, or null when no date is set. */
export function targetDateStatus(target: DayKey | null, today: DayKey): { days: number; text: string } | null {
  if (!target) return null
  const days = daysBetween(today, target)
  return { days, text: describeDaysLeft(days) }
}
