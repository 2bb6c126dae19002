// Intl formatters are costly to build (locale data is loaded on first use), so each is built
// once, when first needed, not while a view's module loads.
let day: Intl.DateTimeFormat | undefined
let dateTime: Intl.DateTimeFormat | undefined
let count: Intl.NumberFormat | undefined
let calendarDay: Intl.DateTimeFormat | undefined
let calendarDayLong: Intl.DateTimeFormat | undefined
let shortDay: Intl.DateTimeFormat | undefined

/** A date as the learner's locale writes it, e.g. "25 Nov 2026". */
export function formatDay(iso: string): string {
  return (day ??= new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' })).format(new Date(iso))
}

/** A date and time as the learner's locale writes it. */
export function formatDateTime(iso: string): string {
  return (dateTime ??= new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })).format(new Date(iso))
}

/** A whole number with the locale's digit grouping (below 1,000 there is nothing to group). */
export function formatCount(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1000) return String(value)
  return (count ??= new Intl.NumberFormat()).format(value)
}

/** Midnight UTC of a calendar day (YYYY-MM-DD); formatted in UTC it is that day in any time zone. */
function utcDay(day: string): Date {
  const [y, m, d] = day.split('-').map(Number)
  return new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1))
}

/** A calendar day (YYYY-MM-DD) as the locale writes it, e.g. "25 Nov 2026"; `long` spells the month out. */
export function formatCalendarDay(day: string, style: 'medium' | 'long' = 'medium'): string {
  const format =
    style === 'long'
      ? (calendarDayLong ??= new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeZone: 'UTC' }))
      : (calendarDay ??= new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }))
  return format.format(utcDay(day))
}

/** A calendar day (YYYY-MM-DD) without its year, e.g. "3 Mar". */
export function formatShortDay(day: string): string {
  return (shortDay ??= new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' })).format(utcDay(day))
}
