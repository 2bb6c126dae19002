import { describe, expect, it } from 'vitest'
import {
  formatDateTime,
  formatDay,
  formatDayWithoutYear,
  formatInstantDay,
  formatTime,
} from '../../../../src/shared/calendar/format'

describe('dates shown to the learner', () => {
  it('write a calendar day as the locale does, the same day in any zone', () => {
    expect(formatDay('2026-03-03', 'en-GB')).toBe('3 Mar 2026')
    expect(formatDay('2026-03-03', 'en-US')).toBe('Mar 3, 2026')
    expect(formatDay('2026-12-31', 'de-DE')).toBe('31.12.2026')
    expect(formatDayWithoutYear('2026-03-03', 'en-GB')).toBe('3 Mar')
    // Without a locale it is the OS setting.
    expect(formatDay('2026-03-03')).toBe(
      new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(2026, 2, 3)),
    )
  })

  it('write an instant in the zone given, not the machine zone', () => {
    const lateInLosAngeles = '2026-11-26T04:00:00.000Z'
    expect(formatInstantDay(lateInLosAngeles, 'America/Los_Angeles', 'en-GB')).toBe('25 Nov 2026')
    expect(formatInstantDay(lateInLosAngeles, 'UTC', 'en-GB')).toBe('26 Nov 2026')
    expect(formatDateTime(lateInLosAngeles, 'America/Los_Angeles', 'en-GB')).toBe('25 Nov 2026, 20:00')
    expect(formatDateTime(lateInLosAngeles, 'Asia/Kolkata', 'en-GB')).toBe('26 Nov 2026, 09:30')
    expect(formatTime(lateInLosAngeles, 'Pacific/Kiritimati', 'en-GB')).toBe('18:00')
  })
})
