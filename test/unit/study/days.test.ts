import { describe, expect, it } from 'vitest'
import { addDays, dayKey, daysBetween, nextDayStart, weekStart } from '../../../src/shared/study/days'

const at = (iso: string): number => new Date(iso).getTime()
const HOUR = 3_600_000

describe('local calendar days', () => {
  it('reads the local day of one instant differently per zone', () => {
    const instant = at('2025-03-10T03:30:00Z')
    expect(dayKey(instant, 'America/New_York')).toBe('2025-03-09')
    expect(dayKey(instant, 'Europe/Berlin')).toBe('2025-03-10')
    expect(dayKey(instant, 'Pacific/Auckland')).toBe('2025-03-10')
  })

  it('does calendar arithmetic across month, year and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29')
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29')
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01')
    expect(daysBetween('2025-03-08', '2025-03-11')).toBe(3)
    expect(weekStart('2025-03-09')).toBe('2025-03-03') // a Sunday belongs to the week that began on Monday
    expect(weekStart('2025-03-10')).toBe('2025-03-10')
  })

  it.each([
    ['America/New_York, spring forward (23-hour day)', 'America/New_York', '2025-03-09T12:00:00Z', '2025-03-10T04:00:00Z', 23],
    ['America/New_York, fall back (25-hour day)', 'America/New_York', '2025-11-02T12:00:00Z', '2025-11-03T05:00:00Z', 25],
    ['Europe/Berlin, spring forward', 'Europe/Berlin', '2025-03-30T12:00:00Z', '2025-03-30T22:00:00Z', 23],
    ['Europe/Berlin, fall back', 'Europe/Berlin', '2025-10-26T12:00:00Z', '2025-10-26T23:00:00Z', 25],
    ['Pacific/Auckland, spring forward in September', 'Pacific/Auckland', '2025-09-28T01:00:00Z', '2025-09-28T11:00:00Z', 23],
    ['Pacific/Auckland, fall back in April', 'Pacific/Auckland', '2025-04-06T01:00:00Z', '2025-04-06T12:00:00Z', 25],
  ])('finds the next local midnight: %s', (_name, zone, inside, expected, hoursLong) => {
    const next = nextDayStart(at(inside), zone)
    expect(new Date(next).toISOString()).toBe(new Date(expected).toISOString())
    const start = nextDayStart(at(inside) - 26 * HOUR, zone) // the start of the same local day
    expect(dayKey(start, zone)).toBe(dayKey(at(inside), zone))
    expect((next - start) / HOUR).toBe(hoursLong)
  })

  it('finds the day start where DST skips midnight itself (America/Santiago starts the day at 01:00)', () => {
    expect(new Date(nextDayStart(at('2025-09-06T12:00:00Z'), 'America/Santiago')).toISOString()).toBe('2025-09-07T04:00:00.000Z')
  })
})
