/**
 * The one calendar of the app: calendar days as "YYYY-MM-DD" keys, always in an IANA time zone
 * that the caller passes. Day arithmetic works on the keys alone, so a daylight-saving change
 * never makes a day 23 or 25 hours long.
 */

/** A calendar day, "YYYY-MM-DD" (ISO 8601). */
export type DayKey = string

const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/
const MS_PER_DAY = 86_400_000

const keyFormatters = new Map<string, Intl.DateTimeFormat>()

function keyFormatter(timeZone: string): Intl.DateTimeFormat {
  let found = keyFormatters.get(timeZone)
  if (!found) {
    // en-CA writes dates as YYYY-MM-DD; the parts below are the fallback for ICU builds that do not.
    found = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
    keyFormatters.set(timeZone, found)
  }
  return found
}

let systemZone: { zone: string; readAt: number } | null = null

/**
 * The zone the process runs in (the OS setting); pass it on explicitly from where it is read.
 * Reading it builds a formatter (about 65 µs), too slow for every row of a long list, so it is
 * read again at most once a minute: a learner who travels sees the new zone within a minute.
 */
export function systemTimeZone(): string {
  const now = Date.now()
  if (!systemZone || Math.abs(now - systemZone.readAt) > 60_000)
    systemZone = { zone: Intl.DateTimeFormat().resolvedOptions().timeZone, readAt: now }
  return systemZone.zone
}

/** The calendar day an instant falls on in `timeZone`. */
export function dayOf(instant: Date | number | string, timeZone: string): DayKey {
  const at = typeof instant === 'string' ? new Date(instant) : instant
  const formatter = keyFormatter(timeZone)
  const quick = formatter.format(at)
  if (DAY_KEY.test(quick)) return quick
  const parts = formatter.formatToParts(at)
  const part = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value)
  return formatDayKey(part('year'), part('month'), part('day'))
}

/** True for a well-formed key of a real day ("2026-02-30" is not one). */
export function isDayKey(text: string): boolean {
  const match = DAY_KEY.exec(text)
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  // Day 0 of the next month is the last day of this one.
  return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** The year, month (1-12) and day of a key; throws on anything but a real day. */
export function parseDayKey(key: DayKey): { year: number; month: number; day: number } {
  if (!isDayKey(key)) throw new RangeError(`Not a calendar day (YYYY-MM-DD): ${JSON.stringify(key)}`)
  const [year, month, day] = key.split('-').map(Number) as [number, number, number]
  return { year, month, day }
}

/** The key of a year, month (1-12) and day. */
export function formatDayKey(year: number, month: number, day: number): DayKey {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** Midnight UTC of a day: the one instant per key used for arithmetic and zone-free formatting. */
export function utcMidnight(key: DayKey): Date {
  const { year, month, day } = parseDayKey(key)
  return new Date(Date.UTC(year, month - 1, day))
}

/** The day `delta` calendar days after `key` (negative goes back). */
export function addDays(key: DayKey, delta: number): DayKey {
  const at = utcMidnight(key)
  at.setUTCDate(at.getUTCDate() + delta)
  return formatDayKey(at.getUTCFullYear(), at.getUTCMonth() + 1, at.getUTCDate())
}

/** Whole calendar days from `from` to `to`: negative when `to` comes first. */
export function daysBetween(from: DayKey, to: DayKey): number {
  return Math.round((utcMidnight(to).getTime() - utcMidnight(from).getTime()) / MS_PER_DAY)
}

/** Day of the week of a key, 0 Monday ... 6 Sunday. */
export function weekday(key: DayKey): number {
  return (utcMidnight(key).getUTCDay() + 6) % 7
}

/** The Monday that starts the week of `key` (weeks run Monday to Sunday). */
export function weekStart(key: DayKey): DayKey {
  return addDays(key, -weekday(key))
}

/**
 * The first instant of a day in `timeZone` (local midnight, or whatever starts the day where a
 * zone skips midnight). Found by bisection on the day an instant falls on, so it holds for any
 * zone rule without knowing offsets.
 */
export function dayStart(key: DayKey, timeZone: string): number {
  const midnight = utcMidnight(key).getTime()
  // Offsets run from -12 h to +14 h, so the local start lies inside this window.
  let before = midnight - 15 * 3_600_000
  let after = midnight + 13 * 3_600_000
  while (after - before > 1) {
    const mid = Math.floor((before + after) / 2)
    if (dayOf(mid, timeZone) < key) before = mid
    else after = mid
  }
  return after
}

/** The first instant after `from` that falls on a later day in `timeZone` (the next local midnight). */
export function nextDayStart(from: Date | number, timeZone: string): number {
  return dayStart(addDays(dayOf(from, timeZone), 1), timeZone)
}

/** Noon of a day in `timeZone`: an instant safely inside the day whatever its offset or DST change. */
export function middayOf(key: DayKey, timeZone: string): Date {
  return new Date(dayStart(key, timeZone) + 12 * 3_600_000)
}
