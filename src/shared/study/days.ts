/** Local calendar days in an IANA time zone, as "YYYY-MM-DD" keys, with calendar arithmetic. */

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(timeZone: string): Intl.DateTimeFormat {
  let found = formatters.get(timeZone)
  if (!found) {
    // en-CA formats dates as YYYY-MM-DD.
    found = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
    formatters.set(timeZone, found)
  }
  return found
}

/** The local calendar day of an instant in `timeZone`. */
export function dayKey(instant: Date | number, timeZone: string): string {
  const quick = formatter(timeZone).format(instant)
  if (/^\d{4}-\d{2}-\d{2}$/.test(quick)) return quick
  // Some ICU builds format en-CA differently: fall back to the parts.
  const parts = formatter(timeZone).formatToParts(instant)
  const get = (type: string): string => parts.find((part) => part.type === type)?.value ?? ''
  return `${get('year')}-${get('month')}-${get('day')}`
}

/** The day `delta` calendar days after `key` (negative goes back); time zones play no part. */
export function addDays(key: string, delta: number): string {
  const [y, m, d] = key.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(y, m - 1, d + delta)).toISOString().slice(0, 10)
}

/** Whole calendar days from `a` to `b`. */
export function daysBetween(a: string, b: string): number {
  const ms = (key: string): number => {
    const [y, m, d] = key.split('-').map(Number) as [number, number, number]
    return Date.UTC(y, m - 1, d)
  }
  return Math.round((ms(b) - ms(a)) / 86_400_000)
}

/** Day of the week of a key, 0 Monday ... 6 Sunday. */
export function weekday(key: string): number {
  const [y, m, d] = key.split('-').map(Number) as [number, number, number]
  return (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7
}

/** The Monday that starts the week of `key`. */
export function weekStart(key: string): string {
  return addDays(key, -weekday(key))
}

/**
 * The first instant after `from` that falls on a later local day than `from` (the next local
 * midnight, or whatever starts the day where DST skips midnight). Found by bisection, so it
 * holds for any zone rule without knowing the offsets.
 */
export function nextDayStart(from: number, timeZone: string): number {
  const today = dayKey(from, timeZone)
  let lo = from
  let hi = from + 27 * 3_600_000 // no local day is longer than 25 hours
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2)
    if (dayKey(mid, timeZone) === today) lo = mid
    else hi = mid
  }
  return hi
}

/** The zone the renderer runs in (the OS setting). */
export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone
}
