import { describe, expect, it, vi } from 'vitest'
import fc from 'fast-check'
import {
  addDays,
  dayOf,
  dayStart,
  daysBetween,
  formatDayKey,
  isDayKey,
  middayOf,
  nextDayStart,
  parseDayKey,
  systemTimeZone,
  weekStart,
  weekday,
} from '../../../../src/shared/calendar/days'

const at = (iso: string): number => new Date(iso).getTime()
const HOUR = 3_600_000
/** Zones far apart: the date line, a half-hour offset, DST north and south, and UTC. */
const ZONES = [
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
  'Asia/Kolkata',
  'America/Los_Angeles',
  'Europe/Berlin',
  'Pacific/Auckland',
  'UTC',
]

describe('the day of an instant', () => {
  it('depends on the zone, not on the machine', () => {
    const instant = at('2025-03-10T03:30:00Z')
    expect(dayOf(instant, 'America/New_York')).toBe('2025-03-09')
    expect(dayOf(instant, 'Europe/Berlin')).toBe('2025-03-10')
    expect(dayOf(instant, 'Pacific/Auckland')).toBe('2025-03-10')
    // A late evening in Los Angeles is the next day in UTC and two days on at UTC+14... on the calendar, one.
    expect(dayOf('2026-11-26T04:00:00Z', 'America/Los_Angeles')).toBe('2026-11-25')
    expect(dayOf('2026-11-25T10:30:00Z', 'Pacific/Kiritimati')).toBe('2026-11-26')
    expect(dayOf('2026-11-25T18:29:59Z', 'Asia/Kolkata')).toBe('2026-11-25')
    expect(dayOf('2026-11-25T18:30:00Z', 'Asia/Kolkata')).toBe('2026-11-26')
  })

  it('takes a Date, a number or an ISO string alike; today is the day of now', () => {
    const iso = '2026-11-25T12:00:00.000Z'
    expect(dayOf(new Date(iso), 'UTC')).toBe('2026-11-25')
    expect(dayOf(at(iso), 'UTC')).toBe('2026-11-25')
    expect(dayOf(iso, 'UTC')).toBe('2026-11-25')
    expect(dayOf(new Date(iso), 'Pacific/Kiritimati')).toBe('2026-11-26')
  })
})

describe('day keys', () => {
  it('parse and format real days only', () => {
    expect(parseDayKey('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 })
    expect(formatDayKey(2026, 3, 7)).toBe('2026-03-07')
    expect(isDayKey('2026-11-25')).toBe(true)
    for (const bad of ['2026-02-29', '2026-13-01', '2026-1-01', '26-11-25', '2026-11-25T00:00', '', '2026-00-10'])
      expect(isDayKey(bad)).toBe(false)
    expect(() => parseDayKey('2026-02-30')).toThrow('Not a calendar day')
  })

  it('do calendar arithmetic across month, year and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29')
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29')
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01')
    expect(daysBetween('2025-03-08', '2025-03-11')).toBe(3)
    expect(daysBetween('2030-03-10', '2030-03-07')).toBe(-3)
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2)
    expect(weekday('2026-11-23')).toBe(0) // a Monday
    expect(weekStart('2025-03-09')).toBe('2025-03-03') // a Sunday belongs to the week that began on Monday
    expect(weekStart('2025-03-10')).toBe('2025-03-10')
  })

  it('property: adding n days and counting them back agree', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1990-01-01'), max: new Date('2090-01-01'), noInvalidDate: true }),
        fc.integer({ min: -3000, max: 3000 }),
        (date, n) => {
          const key = dayOf(date, 'UTC')
          expect(daysBetween(key, addDays(key, n))).toBe(n)
          expect(isDayKey(addDays(key, n))).toBe(true)
        },
      ),
    )
  })
})

describe('where days start', () => {
  it.each([
    [
      'America/New_York, spring forward (23-hour day)',
      'America/New_York',
      '2025-03-09T12:00:00Z',
      '2025-03-10T04:00:00Z',
      23,
    ],
    [
      'America/New_York, fall back (25-hour day)',
      'America/New_York',
      '2025-11-02T12:00:00Z',
      '2025-11-03T05:00:00Z',
      25,
    ],
    ['Europe/Berlin, spring forward', 'Europe/Berlin', '2025-03-30T12:00:00Z', '2025-03-30T22:00:00Z', 23],
    ['Europe/Berlin, fall back', 'Europe/Berlin', '2025-10-26T12:00:00Z', '2025-10-26T23:00:00Z', 25],
    [
      'Pacific/Auckland, spring forward in September',
      'Pacific/Auckland',
      '2025-09-28T01:00:00Z',
      '2025-09-28T11:00:00Z',
      23,
    ],
    ['Pacific/Auckland, fall back in April', 'Pacific/Auckland', '2025-04-06T01:00:00Z', '2025-04-06T12:00:00Z', 25],
    ['America/Los_Angeles, fall back', 'America/Los_Angeles', '2026-11-01T12:00:00Z', '2026-11-02T08:00:00Z', 25],
  ])('finds the next local midnight: %s', (_name, zone, inside, expected, hoursLong) => {
    const next = nextDayStart(at(inside), zone)
    expect(new Date(next).toISOString()).toBe(new Date(expected).toISOString())
    const start = dayStart(dayOf(at(inside), zone), zone)
    expect(dayOf(start, zone)).toBe(dayOf(at(inside), zone))
    expect(dayOf(start - 1, zone)).toBe(addDays(dayOf(at(inside), zone), -1))
    expect((next - start) / HOUR).toBe(hoursLong)
  })

  it('finds the day start where DST skips midnight itself (America/Santiago starts the day at 01:00)', () => {
    expect(new Date(nextDayStart(at('2025-09-06T12:00:00Z'), 'America/Santiago')).toISOString()).toBe(
      '2025-09-07T04:00:00.000Z',
    )
  })

  it('property: in any zone, midday of a day falls on that day and days start where the previous one ends', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2060-01-01'), noInvalidDate: true }),
        fc.constantFrom(...ZONES),
        (date, zone) => {
          const key = dayOf(date, zone)
          expect(dayOf(middayOf(key, zone), zone)).toBe(key)
          const start = dayStart(key, zone)
          expect(start).toBeLessThanOrEqual(date.getTime())
          expect(nextDayStart(date, zone)).toBeGreaterThan(date.getTime())
          expect(dayOf(start - 1, zone)).toBe(addDays(key, -1))
        },
      ),
      { numRuns: 200 },
    )
  })
})

describe('the system zone', () => {
  it('is the zone Intl resolves, read again once a minute has passed', () => {
    vi.useFakeTimers({ now: new Date('2026-11-25T12:00:00Z'), toFake: ['Date'] })
    try {
      const resolved = Intl.DateTimeFormat().resolvedOptions().timeZone
      expect(systemTimeZone()).toBe(resolved)
      const read = vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions')
      for (let i = 0; i < 100; i += 1) systemTimeZone()
      expect(read).not.toHaveBeenCalled()
      vi.setSystemTime(new Date('2026-11-25T12:01:01Z'))
      expect(systemTimeZone()).toBe(resolved)
      expect(read).toHaveBeenCalledTimes(1)
      read.mockRestore()
    } finally {
      vi.useRealTimers()
    }
  })
})
