import { describe, expect, it } from 'vitest'
import {
  lastWeeks,
  minutesPerWeek,
  OTHER_SERIES,
  weekTotal,
  type WeeklyFigures,
} from '../../../../src/shared/study/weekly'
import type { Curriculum } from '../../../../src/shared/schemas/curriculum'
import type { StudySession } from '../../../../src/shared/schemas/study'
import { defaultCurriculum } from '../../../../src/shared/curriculum/default'
import { PACK_AND_OWN } from '../../../support/pack-and-own-category'

const session = (skillId: string, start: string, minutes: number): StudySession => ({
  id: `s-${start.replace(/\W/g, '').toLowerCase()}-${skillId}`,
  skillId,
  start,
  end: new Date(new Date(start).getTime() + minutes * 60_000).toISOString(),
  minutes,
  manual: false,
})

/** The figures as one object per week, series ids as keys, for short expectations. */
const flat = (figures: WeeklyFigures): Array<Record<string, string | number>> =>
  figures.rows.map((row) => ({ week: row.week, ...row.values }))

describe('weekly figures', () => {
  const now = new Date('2025-03-12T12:00:00Z') // a Wednesday

  it('lists the Mondays of the last weeks, current last', () => {
    expect(lastWeeks(now, 'UTC', 3)).toEqual(['2025-02-24', '2025-03-03', '2025-03-10'])
  })

  it('adds minutes per category to the week they fell in', () => {
    const rows = minutesPerWeek(
      defaultCurriculum(),
      [
        session('apis', '2025-03-04T10:00:00Z', 30),
        session('communication', '2025-03-11T10:00:00Z', 20),
        session('dsa', '2025-03-11T11:00:00Z', 15),
      ],
      'UTC',
      now,
      2,
    )
    expect(flat(rows)).toEqual([
      { week: '2025-03-03', technical: 30, soft: 0 },
      { week: '2025-03-10', technical: 15, soft: 20 },
    ])
  })

  it('puts a Sunday-night session in Auckland into the week it belongs to locally', () => {
    // 2025-03-09T11:30Z is Monday 00:30 on 10 March in Auckland (NZDT, UTC+13).
    const rows = minutesPerWeek(
      defaultCurriculum(),
      [session('apis', '2025-03-09T11:30:00Z', 20)],
      'Pacific/Auckland',
      now,
      2,
    )
    expect(flat(rows).map((r) => r.technical)).toEqual([0, 20])
  })

  it('keeps a late-Sunday session in its week across the autumn clock change in Los Angeles', () => {
    // Clocks fall back on Sunday 1 November 2026; 23:30 that Sunday (PST) is 07:30 UTC on Monday.
    const after = new Date('2026-11-04T20:00:00Z')
    const rows = minutesPerWeek(
      defaultCurriculum(),
      [session('apis', '2026-11-02T07:30:00Z', 20), session('apis', '2026-11-02T08:30:00Z', 10)],
      'America/Los_Angeles',
      after,
      2,
    )
    // Only categories with time in the weeks shown are series.
    expect(rows.series.map((s) => s.id)).toEqual(['technical'])
    expect(flat(rows)).toEqual([
      { week: '2026-10-26', technical: 20 },
      { week: '2026-11-02', technical: 10 },
    ])
  })
})

describe('weekly minutes over every category the learner has', () => {
  const now = new Date('2025-03-12T12:00:00Z')
  const base = defaultCurriculum()
  // The system design pack's first category and skill, and a category and skill the learner made.
  const curriculum: Curriculum = {
    ...base,
    categories: [...base.categories, ...PACK_AND_OWN.categories],
    skills: [
      ...base.skills,
      ...PACK_AND_OWN.skills,
      {
        id: 'old-notes',
        order: 'c002',
        title: 'Old notes',
        category: 'my-reading',
        summary: '',
        subtopics: [],
        hidden: true,
      },
    ],
  }

  it("counts a pack's category and a learner-made one, titled as the curriculum names them", () => {
    const figures = minutesPerWeek(
      curriculum,
      [
        session('sd-requirements', '2025-03-10T09:00:00Z', 40),
        session('ddia', '2025-03-11T09:00:00Z', 25),
        session('apis', '2025-03-04T09:00:00Z', 10),
      ],
      'UTC',
      now,
      2,
    )
    expect(figures.series).toEqual([
      { id: 'technical', title: base.categories.find((c) => c.id === 'technical')!.title },
      { id: 'sd-foundations', title: 'System design building blocks' },
      { id: 'my-reading', title: 'Reading list' },
    ])
    expect(flat(figures)).toEqual([
      { week: '2025-03-03', technical: 10, 'sd-foundations': 0, 'my-reading': 0 },
      { week: '2025-03-10', technical: 0, 'sd-foundations': 40, 'my-reading': 25 },
    ])
    expect(weekTotal(figures.rows[1])).toBe(65)
  })

  it('leaves a hidden skill out, as the reports do, and keeps time on a removed skill under Other', () => {
    const figures = minutesPerWeek(
      curriculum,
      [session('old-notes', '2025-03-10T09:00:00Z', 30), session('gone-skill', '2025-03-10T10:00:00Z', 12)],
      'UTC',
      now,
      1,
    )
    expect(figures.series).toEqual([OTHER_SERIES])
    expect(flat(figures)).toEqual([{ week: '2025-03-10', [OTHER_SERIES.id]: 12 }])
  })

  it('keeps a 30-second timer run as half a minute instead of rounding it away', () => {
    const figures = minutesPerWeek(curriculum, [session('ddia', '2025-03-10T09:00:00Z', 0.5)], 'UTC', now, 1)
    expect(flat(figures)).toEqual([{ week: '2025-03-10', 'my-reading': 0.5 }])
  })

  it('shows the first category, empty, when no time was logged at all', () => {
    expect(minutesPerWeek(curriculum, [], 'UTC', now, 1).series.map((s) => s.id)).toEqual(['technical'])
  })
})
