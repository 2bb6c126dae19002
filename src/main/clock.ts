import { systemTimeZone } from '../shared/calendar/days'

/**
 * Where handlers read "now" and the learner's time zone. The app uses the system's; tests and the
 * e2e harness pass a fixed one, so nothing they check depends on the day they run.
 */
export interface Clock {
  now(): Date
  timeZone(): string
}

/** The machine's clock and OS time zone (read on each call: the learner may travel). */
export const systemClock: Clock = { now: () => new Date(), timeZone: systemTimeZone }

/** A clock that starts at `start` and runs at real speed from the moment it is made. */
export function clockFrom(start: Date, timeZone: () => string = systemTimeZone): Clock {
  const offset = start.getTime() - Date.now()
  return { now: () => new Date(Date.now() + offset), timeZone }
}
