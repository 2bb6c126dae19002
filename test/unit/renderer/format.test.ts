import { describe, expect, it } from 'vitest'
import { formatCalendarDay, formatCount, formatDateTime, formatDay, formatShortDay } from '../../../src/renderer/src/format'

describe('formatters', () => {
  it('count like the locale does, small numbers included', () => {
    for (const value of [0, 7, 999, 1000, 12_345, 1_000_000, -1500]) expect(formatCount(value)).toBe(new Intl.NumberFormat().format(value))
  })

  it('write dates in the locale', () => {
    const iso = '2026-11-25T10:30:00.000Z'
    expect(formatDay(iso)).toBe(new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(new Date(iso)))
    expect(formatDateTime(iso)).toBe(new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)))
  })

  it('write calendar days as the day itself, in the locale', () => {
    // Read as that day wherever the learner is: a local date of the same day formats the same.
    const local = new Date(2026, 2, 3)
    expect(formatCalendarDay('2026-03-03')).toBe(new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(local))
    expect(formatCalendarDay('2026-03-03', 'long')).toBe(new Intl.DateTimeFormat(undefined, { dateStyle: 'long' }).format(local))
    expect(formatShortDay('2026-03-03')).toBe(new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' }).format(local))
    expect(formatShortDay('2026-12-31')).toBe(new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' }).format(new Date(2026, 11, 31)))
  })
})
