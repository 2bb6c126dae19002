import { describe, expect, it } from 'vitest'
import { formatCount, formatDateTime, formatDay } from '../../../src/renderer/src/format'

describe('formatters', () => {
  it('count like the locale does, small numbers included', () => {
    for (const value of [0, 7, 999, 1000, 12_345, 1_000_000, -1500]) expect(formatCount(value)).toBe(new Intl.NumberFormat().format(value))
  })

  it('write dates in the locale', () => {
    const iso = '2026-11-25T10:30:00.000Z'
    expect(formatDay(iso)).toBe(new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(new Date(iso)))
    expect(formatDateTime(iso)).toBe(new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)))
  })
})
