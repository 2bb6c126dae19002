import { clockFrom, type Clock } from '../../src/main/clock'
import { addDays, dayOf, systemTimeZone } from '../../src/shared/calendar/days'

/**
 * The moment every test starts at, whatever day it runs: a Wednesday, at noon UTC, which is
 * 02:00 the next day at UTC+14 and 04:00 at UTC-8, so a test that runs for minutes never
 * crosses midnight in the zones the date suite runs in.
 */
export const TEST_NOW = new Date('2026-11-25T12:00:00.000Z')

/** Main's clock in tests: starts at TEST_NOW, runs at real speed, in the process's zone (the date suite sets TZ). */
export function testClock(start: Date = TEST_NOW): Clock {
  return clockFrom(start, systemTimeZone)
}

/** The calendar day `offset` days from TEST_NOW's day in the process's zone (the day tests call "today"). */
export function testDay(offset = 0): string {
  return addDays(dayOf(TEST_NOW, systemTimeZone()), offset)
}
