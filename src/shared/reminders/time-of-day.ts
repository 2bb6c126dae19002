const clockFormatters = new Map<string, Intl.DateTimeFormat>()

/** Minutes since local midnight (0-1439) of an instant on the wall clock of `timeZone`. */
export function minuteOfDay(instant: Date, timeZone: string): number {
  let formatter = clockFormatters.get(timeZone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    clockFormatters.set(timeZone, formatter)
  }
  const parts = formatter.formatToParts(instant)
  const part = (type: 'hour' | 'minute'): number => Number(parts.find((p) => p.type === type)?.value ?? 0)
  return part('hour') * 60 + part('minute')
}

/** Minutes since midnight of an "HH:MM" time. */
export function minutesOf(time: string): number {
  const [hours, minutes] = time.split(':').map(Number)
  return (hours ?? 0) * 60 + (minutes ?? 0)
}

/** Is the wall-clock minute `at` inside [from, to)? A range whose end comes first crosses midnight; an empty one holds nothing. */
export function withinTimes(at: number, from: string, to: string): boolean {
  const [start, end] = [minutesOf(from), minutesOf(to)]
  if (start === end) return false
  return start < end ? at >= start && at < end : at >= start || at < end
}
