import { describe, expect, it } from 'vitest'
import { lastWeeks, minutesPerWeek } from '../../../../src/shared/study/weekly'
import type { StudySession } from '../../../../src/shared/schemas/study'
import { defaultCurriculum } from '../../../../src/shared/curriculum/default'

const session = (skillId: string, start: string, minutes: number): StudySession => ({
  id: `s-${start.replace(/\W/g, '').toLowerCase()}-${skillId}`,
  skillId,
  start,
  end: new Date(new Date(start).getTime() + minutes * 60_000).toISOString(),
  minutes,
  manual: false,
})

describe('weekly figures', () => {
  const now = new Date('2025-03-12T12:00:00Z') // a Wednesday

  it('lists the Mondays of the last weeks, current last', () => {
    expect(lastWeeks(now, 'UTC', 3)).toEqual(['2025-02-24', '2025-03-03', '2025-03-10'])
  })

  it('adds minutes per category to the week they fell in', () => {
    const rows = minutesPerWeek(
      defaultCurriculum(),
      [session('apis', '2025-03-04T10:00:00Z', 30), session('communication', '2025-03-11T10:00:00Z', 20), session('dsa', '2025-03-11T11:00:00Z', 15)],
      'UTC',
      now,
      2,
    )
    expect(rows).toEqual([
      { week: '2025-03-03', technical: 30, soft: 0 },
      { week: '2025-03-10', technical: 15, soft: 20 },
    ])
  })

  it('puts a Sunday-night session in Auckland into the week it belongs to locally', () => {
    // 2025-03-09T11:30Z is Monday 00:30 on 10 March in Auckland (NZDT, UTC+13).
    const rows = minutesPerWeek(defaultCurriculum(), [session('apis', '2025-03-09T11:30:00Z', 20)], 'Pacific/Auckland', now, 2)
    expect(rows.map((r) => r.technical)).toEqual([0, 20])
  })

  it('keeps a late-Sunday session in its week across the autumn clock change in Los Angeles', () => {
    // Clocks fall back on Sunday 1 November 2026; 23:30 that Sunday (PST) is 07:30 UTC on Monday.
    const after = new Date('2026-11-04T20:00:00Z')
    const rows = minutesPerWeek(defaultCurriculum(), [session('apis', '2026-11-02T07:30:00Z', 20), session('apis', '2026-11-02T08:30:00Z', 10)], 'America/Los_Angeles', after, 2)
    expect(rows).toEqual([
      { week: '2026-10-26', technical: 20, soft: 0 },
      { week: '2026-11-02', technical: 10, soft: 0 },
    ])
  })
})
