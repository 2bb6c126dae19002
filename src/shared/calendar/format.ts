import { dayOf, utcMidnight, type DayKey } from './days'

/*
 * How dates are shown, one rule for the whole app:
 * - to the learner (views, report previews, HTML, PDF and Markdown reports): the locale's medium
 *   date ("25 Nov 2026", "Nov 25, 2026"), with its short time where the time of day matters;
 *   chart axes and heatmap cells, where there is no room for a year, drop the year;
 * - to other programs (file names, CSV, JSON, front matter): ISO 8601 day keys and timestamps.
 * `locale` undefined means the OS setting; tests pass one so that they agree everywhere.
 */

// Intl formatters are costly to build (locale data loads on first use): each is built once, when first needed.
const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(
  locale: string | undefined,
  timeZone: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const id = `${locale ?? ''}|${timeZone}|${JSON.stringify(options)}`
  let found = formatters.get(id)
  if (!found) {
    found = new Intl.DateTimeFormat(locale, { ...options, timeZone })
    formatters.set(id, found)
  }
  return found
}

/** A calendar day as the learner's locale writes it, e.g. "25 Nov 2026". */
export function formatDay(key: DayKey, locale?: string): string {
  // Midnight UTC formatted in UTC is that day in any zone.
  return formatter(locale, 'UTC', { dateStyle: 'medium' }).format(utcMidnight(key))
}

/** A calendar day without its year, for chart axes and heatmap cells, e.g. "3 Mar". */
export function formatDayWithoutYear(key: DayKey, locale?: string): string {
  return formatter(locale, 'UTC', { day: 'numeric', month: 'short' }).format(utcMidnight(key))
}

/** The day an instant falls on in `timeZone`, as the locale writes it. */
export function formatInstantDay(instant: string | Date, timeZone: string, locale?: string): string {
  return formatDay(dayOf(instant, timeZone), locale)
}

/** An instant's day and time of day in `timeZone`, e.g. "25 Nov 2026, 14:05". */
export function formatDateTime(instant: string | Date, timeZone: string, locale?: string): string {
  return formatter(locale, timeZone, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(instant))
}

/** An instant's time of day in `timeZone`, e.g. "14:05". */
export function formatTime(instant: string | Date, timeZone: string, locale?: string): string {
  return formatter(locale, timeZone, { timeStyle: 'short' }).format(new Date(instant))
}

/** A calendar day with its weekday and without its year, for day rows of a plan, e.g. "Mon 30 Nov". */
export function formatDayWithWeekday(key: DayKey, locale?: string): string {
  return formatter(locale, 'UTC', { weekday: 'short', day: 'numeric', month: 'short' }).format(utcMidnight(key))
}
