import { describe, expect, it } from 'vitest'
import {
  categoryProgress,
  progressByWeek,
  putSnapshot,
  snapshotOf,
} from '../../../../src/shared/study/progress-history'
import type { ProgressSnapshot } from '../../../../src/shared/schemas/progress-log'
import type { WeeklyFigures } from '../../../../src/shared/study/weekly'
import type { Curriculum } from '../../../../src/shared/schemas/curriculum'
import { SKILLS } from '../../../../src/shared/curriculum/skills'
import { defaultCurriculum } from '../../../../src/shared/curriculum/default'

const snap = (day: string, technical: number, soft: number): ProgressSnapshot => ({ day, technical, soft })

describe('progress per category', () => {
  it('averages completion over the skills of each category', () => {
    const technical = SKILLS.filter((s) => s.category === 'technical')
    const soft = SKILLS.filter((s) => s.category === 'soft')
    const figures = categoryProgress(defaultCurriculum(), {
      [technical[0]!.id]: { status: 'done', confidence: 0, subtopics: {} },
    })
    expect(figures.technical).toBeCloseTo(1 / technical.length, 4)
    expect(figures.soft).toBe(0)
    expect(soft.length).toBeGreaterThan(0)
  })
})

describe('putting a snapshot into the log', () => {
  it('keeps one entry per day, the latest winning', () => {
    const log = [snap('2025-03-03', 0.1, 0)]
    putSnapshot(log, snap('2025-03-04', 0.2, 0))
    putSnapshot(log, snap('2025-03-04', 0.3, 0.1))
    expect(log).toEqual([snap('2025-03-03', 0.1, 0), snap('2025-03-04', 0.3, 0.1)])
  })

  it('keeps day order when the clock went back', () => {
    const log = [snap('2025-03-03', 0.1, 0), snap('2025-03-05', 0.3, 0)]
    putSnapshot(log, snap('2025-03-04', 0.2, 0))
    expect(log.map((e) => e.day)).toEqual(['2025-03-03', '2025-03-04', '2025-03-05'])
  })

  it('drops the oldest entries past the cap', () => {
    const log: ProgressSnapshot[] = []
    for (let d = 1; d <= 5; d += 1) putSnapshot(log, snap(`2025-03-0${d}`, d / 10, 0), 3)
    expect(log.map((e) => e.day)).toEqual(['2025-03-03', '2025-03-04', '2025-03-05'])
  })
})

/** The figures as one object per week, category ids as keys, for short expectations. */
const flat = (figures: WeeklyFigures): Array<Record<string, string | number>> =>
  figures.rows.map((row) => ({ week: row.week, ...row.values }))

describe('progress at the end of each week', () => {
  const curriculum = defaultCurriculum()
  const now = new Date('2025-03-12T12:00:00Z') // a Wednesday; weeks start 24 Feb, 3 Mar, 10 Mar

  it('is 0 before the first snapshot and carries the last one through weeks without any', () => {
    expect(flat(progressByWeek(curriculum, [snap('2025-02-25', 0.125, 0.5)], 'UTC', now, 4))).toEqual([
      { week: '2025-02-17', technical: 0, soft: 0 },
      { week: '2025-02-24', technical: 13, soft: 50 },
      { week: '2025-03-03', technical: 13, soft: 50 },
      { week: '2025-03-10', technical: 13, soft: 50 },
    ])
  })

  it('takes the last of several snapshots in a week, Sunday included', () => {
    const log = [
      snap('2025-03-03', 0.1, 0),
      snap('2025-03-05', 0.4, 0.2),
      snap('2025-03-09', 0.3, 0.25),
      snap('2025-03-10', 0.9, 0.9),
    ]
    expect(flat(progressByWeek(curriculum, log, 'UTC', now, 2))).toEqual([
      { week: '2025-03-03', technical: 30, soft: 25 },
      { week: '2025-03-10', technical: 90, soft: 90 },
    ])
  })

  it('lets the live figures stand for today, over a stored entry of today', () => {
    const log = [snap('2025-03-04', 0.2, 0.1), snap('2025-03-12', 0.3, 0.1)]
    expect(flat(progressByWeek(curriculum, log, 'UTC', now, 2, { technical: 0.5, soft: 0.25 }))).toEqual([
      { week: '2025-03-03', technical: 20, soft: 10 },
      { week: '2025-03-10', technical: 50, soft: 25 },
    ])
    expect(flat(progressByWeek(curriculum, [], 'UTC', now, 1, { technical: 0.5, soft: 0 }))).toEqual([
      { week: '2025-03-10', technical: 50, soft: 0 },
    ])
  })

  it('places the weeks by the local day of now', () => {
    // 2025-03-16T11:30Z is still Sunday in UTC but Monday 17 March in Auckland (NZDT, UTC+13).
    const sundayNight = new Date('2025-03-16T11:30:00Z')
    const log = [snap('2025-03-10', 0.2, 0), snap('2025-03-17', 0.6, 0.1)]
    expect(flat(progressByWeek(curriculum, log, 'UTC', sundayNight, 1))).toEqual([
      { week: '2025-03-10', technical: 20, soft: 0 },
    ])
    expect(flat(progressByWeek(curriculum, log, 'Pacific/Auckland', sundayNight, 2))).toEqual([
      { week: '2025-03-10', technical: 20, soft: 0 },
      { week: '2025-03-17', technical: 60, soft: 10 },
    ])
  })
})

describe('progress per category beyond the built-in two', () => {
  const now = new Date('2025-03-12T12:00:00Z')
  const base = defaultCurriculum()
  const curriculum: Curriculum = {
    ...base,
    categories: [
      ...base.categories,
      { id: 'sd-foundations', order: 'c000', title: 'System design building blocks', hidden: false },
      { id: 'my-reading', order: 'c001', title: 'Reading list', hidden: false },
    ],
    skills: [
      ...base.skills,
      {
        id: 'sd-requirements',
        order: 'c000',
        title: 'Requirements and estimates',
        category: 'sd-foundations',
        summary: '',
        subtopics: [],
        hidden: false,
      },
      {
        id: 'sd-caching',
        order: 'c001',
        title: 'Caching',
        category: 'sd-foundations',
        summary: '',
        subtopics: [],
        hidden: false,
      },
      {
        id: 'ddia',
        order: 'c002',
        title: 'Designing data-intensive applications',
        category: 'my-reading',
        summary: '',
        subtopics: [],
        hidden: false,
      },
    ],
  }

  it("figures a pack's category and a learner-made one, and snapshots keep them by id", () => {
    const figures = categoryProgress(curriculum, {
      'sd-caching': { status: 'done', confidence: 0, subtopics: {} },
      ddia: { status: 'done', confidence: 0, subtopics: {} },
    })
    expect(figures).toEqual({ technical: 0, soft: 0, 'sd-foundations': 0.5, 'my-reading': 1 })
    expect(snapshotOf('2025-03-12', figures)).toEqual({ day: '2025-03-12', technical: 0, soft: 0, categories: figures })
  })

  it('charts every visible category, reading an older snapshot as the built-in two and 0 for the rest', () => {
    const log = [
      snap('2025-03-04', 0.2, 0.1),
      snapshotOf('2025-03-11', { technical: 0.3, soft: 0.1, 'sd-foundations': 0.5, 'my-reading': 1 }),
    ]
    const figures = progressByWeek(curriculum, log, 'UTC', now, 2)
    expect(figures.series.map((s) => s.title)).toEqual([
      ...base.categories.map((c) => c.title),
      'System design building blocks',
      'Reading list',
    ])
    expect(flat(figures)).toEqual([
      { week: '2025-03-03', technical: 20, soft: 10, 'sd-foundations': 0, 'my-reading': 0 },
      { week: '2025-03-10', technical: 30, soft: 10, 'sd-foundations': 50, 'my-reading': 100 },
    ])
  })
})
