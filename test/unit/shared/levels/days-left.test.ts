import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { describeDaysLeft, targetDateStatus } from '../../../../src/shared/levels/days-left'
import { addDays, dayOf } from '../../../../src/shared/calendar/days'

describe('days left', () => {
  it('says due today, days left and days overdue in plain words', () => {
    expect(describeDaysLeft(0)).toBe('due today')
    expect(describeDaysLeft(1)).toBe('1 day left')
    expect(describeDaysLeft(3)).toBe('3 days left')
    expect(describeDaysLeft(-1)).toBe('1 day overdue')
    expect(describeDaysLeft(-2)).toBe('2 days overdue')
  })

  it('counts from the day it is in the learner zone, late at night and early in the morning alike', () => {
    // 06:30 UTC on 1 April: still 31 March in Los Angeles (UTC-7 in summer), already 1 April in Kolkata.
    const now = new Date('2030-04-01T06:30:00Z')
    expect(targetDateStatus('2030-04-01', dayOf(now, 'America/Los_Angeles'))).toEqual({ days: 1, text: '1 day left' })
    expect(targetDateStatus('2030-04-01', dayOf(now, 'Asia/Kolkata'))).toEqual({ days: 0, text: 'due today' })
    expect(targetDateStatus(null, '2030-04-01')).toBeNull()
  })

  it('counts whole days across a DST change (Los Angeles falls back on 1 November 2026)', () => {
    expect(targetDateStatus('2026-11-02', '2026-10-31')?.days).toBe(2)
    expect(targetDateStatus('2026-10-31', '2026-11-02')).toEqual({ days: -2, text: '2 days overdue' })
  })

  it('property: n days after any day is exactly n days left', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2090-01-01'), noInvalidDate: true }),
        fc.integer({ min: -800, max: 800 }),
        (now, n) => {
          const today = dayOf(now, 'UTC')
          expect(targetDateStatus(addDays(today, n), today)?.days).toBe(n)
        },
      ),
    )
  })
})
