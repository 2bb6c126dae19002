import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { computeStreak, minutesPerDay, streakOf } from '../../../../src/shared/study/streak'
import type { StudySession } from '../../../../src/shared/schemas/study'
import { addDays } from '../../../../src/shared/calendar/days'

let seq = 0
/** A finished timer session from `start` lasting `minutes`. */
function timer(start: string, minutes: number): StudySession {
  const end = new Date(new Date(start).getTime() + minutes * 60_000).toISOString()
  return { id: `s-${(seq += 1)}`, skillId: 'apis', start: new Date(start).toISOString(), end, minutes, manual: false }
}

const NY = 'America/New_York'
const ZONES = ['America/New_York', 'Europe/Berlin', 'Pacific/Auckland', 'Asia/Kolkata', 'UTC'] as const

describe('minutes per local day', () => {
  it('splits a session that runs past local midnight between the two days', () => {
    // 23:30 to 00:45 New York time (EST, UTC-5).
    const days = minutesPerDay([timer('2025-01-15T04:30:00Z', 75)], NY, new Date('2025-02-01T00:00:00Z'))
    expect(days.get('2025-01-14')).toBeCloseTo(30)
    expect(days.get('2025-01-15')).toBeCloseTo(45)
  })

  it('splits correctly on the night clocks fall back (the local hour 01:00-02:00 happens twice)', () => {
    // 23:00 EDT on 1 Nov to 03:00 EST on 2 Nov is five real hours: one before midnight, four after.
    const days = minutesPerDay([timer('2025-11-02T03:00:00Z', 300)], NY, new Date('2025-12-01T00:00:00Z'))
    expect(days.get('2025-11-01')).toBeCloseTo(60)
    expect(days.get('2025-11-02')).toBeCloseTo(240)
  })

  it('counts time logged by hand on the day it was logged for, even when long', () => {
    const manual: StudySession = { ...timer('2025-03-09T16:00:00Z', 600), manual: true }
    expect([...minutesPerDay([manual], NY, new Date('2025-04-01T00:00:00Z'))]).toEqual([['2025-03-09', 600]])
  })

  it('counts a running timer up to now', () => {
    const running: StudySession = { ...timer('2025-06-01T10:00:00Z', 0), end: null }
    expect(minutesPerDay([running], 'UTC', new Date('2025-06-01T10:25:00Z')).get('2025-06-01')).toBeCloseTo(25)
  })

  it('never loses or invents minutes, in any zone', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ gap: fc.integer({ min: 0, max: 20 * 24 * 60 }), minutes: fc.integer({ min: 1, max: 720 }) }),
          { maxLength: 20 },
        ),
        fc.constantFrom(...ZONES),
        (raw, zone) => {
          // Sessions one after another (a person studies one thing at a time), across a year of DST changes.
          let at = Date.UTC(2024, 9, 1)
          const sessions = raw.map(({ gap, minutes }) => {
            const session = timer(new Date(at + gap * 60_000).toISOString(), minutes)
            at += (gap + minutes) * 60_000
            return session
          })
          const days = minutesPerDay(sessions, zone, new Date('2030-01-01T00:00:00Z'))
          const total = [...days.values()].reduce((a, b) => a + b, 0)
          expect(total).toBeCloseTo(
            raw.reduce((a, { minutes }) => a + minutes, 0),
            6,
          )
          for (const value of days.values()) expect(value).toBeLessThanOrEqual(25 * 60)
        },
      ),
      { numRuns: 80 },
    )
  }, 30_000)
})

describe('study streaks', () => {
  const days = (entries: Record<string, number>): Map<string, number> => new Map(Object.entries(entries))

  it('counts consecutive days at or above the minimum, ending today', () => {
    const streak = computeStreak(
      days({ '2025-05-01': 20, '2025-05-02': 10, '2025-05-03': 15, '2025-05-04': 40 }),
      15,
      '2025-05-04',
    )
    expect(streak).toEqual({ current: 2, longest: 2, todayCounts: true, todayMinutes: 40 })
  })

  it('keeps yesterday’s streak alive while today has not reached the minimum yet', () => {
    const streak = computeStreak(days({ '2025-05-02': 30, '2025-05-03': 30, '2025-05-04': 5 }), 15, '2025-05-04')
    expect(streak.current).toBe(2)
    expect(streak.todayCounts).toBe(false)
    expect(streak.todayMinutes).toBe(5)
  })

  it('breaks on a missed day and remembers the longest run', () => {
    const streak = computeStreak(
      days({ '2025-04-01': 20, '2025-04-02': 20, '2025-04-03': 20, '2025-04-05': 20 }),
      15,
      '2025-04-07',
    )
    expect(streak.current).toBe(0)
    expect(streak.longest).toBe(3)
  })

  it('does not break over the 23-hour and 25-hour days in New York, Berlin and Auckland', () => {
    for (const [zone, from] of [
      [NY, '2025-03-05'],
      [NY, '2025-10-29'],
      ['Europe/Berlin', '2025-03-26'],
      ['Europe/Berlin', '2025-10-22'],
      ['Pacific/Auckland', '2025-04-02'],
      ['Pacific/Auckland', '2025-09-24'],
    ] as const) {
      // Thirty minutes every day for ten days, starting at a local midday-ish hour (12:00 UTC shifted by the zone).
      const sessions = Array.from({ length: 10 }, (_, i) => {
        const day = addDays(from, i)
        const utcHour = zone === NY ? 16 : zone === 'Europe/Berlin' ? 10 : 0
        return timer(`${day}T${String(utcHour).padStart(2, '0')}:00:00Z`, 30)
      })
      const lastDay = new Date(new Date(sessions.at(-1)!.start).getTime() + 3_600_000)
      const streak = streakOf(sessions, 15, zone, lastDay)
      expect({ zone, from, current: streak.current }).toEqual({ zone, from, current: 10 })
    }
  })

  it('keeps a Los Angeles streak and the study log days whole over the autumn clock change', () => {
    // 20:30 local every evening from 29 October to 3 November 2026: 03:30 UTC in PDT, 04:30 UTC in PST.
    const sessions = [
      '2026-10-30T03:30:00Z',
      '2026-10-31T03:30:00Z',
      '2026-11-01T03:30:00Z',
      '2026-11-02T04:30:00Z',
      '2026-11-03T04:30:00Z',
      '2026-11-04T04:30:00Z',
    ].map((start) => timer(start, 20))
    const days = minutesPerDay(sessions, 'America/Los_Angeles', new Date('2026-11-04T06:00:00Z'))
    expect([...days.keys()]).toEqual([
      '2026-10-29',
      '2026-10-30',
      '2026-10-31',
      '2026-11-01',
      '2026-11-02',
      '2026-11-03',
    ])
    expect(streakOf(sessions, 15, 'America/Los_Angeles', new Date('2026-11-04T06:00:00Z'))).toMatchObject({
      current: 6,
      longest: 6,
    })
    // A timer over the repeated hour (01:00-02:00 happens twice) counts its real 90 minutes on 1 November.
    const overTheChange = minutesPerDay(
      [timer('2026-11-01T08:00:00Z', 90)],
      'America/Los_Angeles',
      new Date('2026-11-02T00:00:00Z'),
    )
    expect([...overTheChange]).toEqual([['2026-11-01', 90]])
  })

  it('puts a late-evening session on a different day depending on the zone', () => {
    // 03:30 UTC on 10 March: still 9 March in New York, already 10 March in Berlin.
    const sessions = [timer('2025-03-09T03:30:00Z', 20), timer('2025-03-10T03:30:00Z', 20)]
    const now = new Date('2025-03-10T12:00:00Z')
    expect(streakOf(sessions, 15, NY, now)).toMatchObject({ current: 2, todayCounts: false })
    expect(streakOf(sessions, 15, 'Europe/Berlin', now)).toMatchObject({ current: 2, todayCounts: true })
  })

  it('counts a day reached only by adding up a session either side of midnight', () => {
    // 10 minutes before and 10 after midnight in Berlin (CET, UTC+1): neither day reaches 15.
    const sessions = [timer('2025-01-20T22:50:00Z', 20)]
    expect(streakOf(sessions, 15, 'Europe/Berlin', new Date('2025-01-21T12:00:00Z')).current).toBe(0)
    // The same session counts fully in New York, where it falls mid-afternoon.
    expect(streakOf(sessions, 15, NY, new Date('2025-01-20T23:00:00Z')).current).toBe(1)
  })
})
