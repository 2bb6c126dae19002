// Intl formatters are costly to build (locale data is loaded on first use), so each is built
// once, when first needed, not while a view's module loads.
let day: Intl.DateTimeFormat | undefined
let dateTime: Intl.DateTimeFormat | undefined
let count: Intl.NumberFormat | undefined

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
