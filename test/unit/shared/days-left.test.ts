import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { daysBetween, describeDaysLeft, localDay, targetDateStatus } from '../../../src/shared/days-left'

describe('days left', () => {
  it('says due today, days left and days overdue in plain words', () => {
    expect(describeDaysLeft(0)).toBe('due today')
    expect(describeDaysLeft(1)).toBe('1 day left')
    expect(describeDaysLeft(3)).toBe('3 days left')
    expect(describeDaysLeft(-1)).toBe('1 day overdue')
    expect(describeDaysLeft(-2)).toBe('2 days overdue')
  })

  it('counts calendar days across month, year and leap-day boundaries', () => {
    expect(daysBetween('2030-01-31', '2030-02-01')).toBe(1)
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2)
    expect(daysBetween('2030-12-31', '2031-01-01')).toBe(1)
    expect(daysBetween('2030-03-10', '2030-03-07')).toBe(-3)
  })

  it('uses the local calendar day, late at night and early in the morning alike', () => {
    expect(localDay(new Date(2030, 2, 31, 23, 59))).toBe('2030-03-31')
    expect(localDay(new Date(2030, 3, 1, 0, 1))).toBe('2030-04-01')
    expect(targetDateStatus('2030-04-01', new Date(2030, 2, 31, 23, 59))).toEqual({ days: 1, text: '1 day left' })
    expect(targetDateStatus('2030-04-01', new Date(2030, 3, 1, 0, 1))).toEqual({ days: 0, text: 'due today' })
    expect(targetDateStatus(null)).toBeNull()
  })

  it('property: n days after any local day is exactly n days left', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(2000, 0, 1), max: new Date(2090, 0, 1), noInvalidDate: true }), fc.integer({ min: -800, max: 800 }), (now, n) => {
        const target = new Date(now.getFullYear(), now.getMonth(), now.getDate() + n, 12)
        expect(targetDateStatus(localDay(target), now)?.days).toBe(n)
      }),
    )
  })
})
