import { describe, expect, it } from 'vitest'
import { buildReport, excerptOf, inRange } from '../../../../src/shared/report/model'
import {
  reportSchema,
  reportOptionsSchema,
  type ReportSection,
  type SectionOf,
} from '../../../../src/shared/report/schema'
import { reportSourceOf } from '../../../../src/shared/report/source'
import { reportFileName } from '../../../../src/shared/report/defaults'
import { SKILLS } from '../../../../src/shared/curriculum/skills'
import { EVIDENCE_TITLE, optionsWith, richState, seededState, CONTEXT } from '../../../support/report-fixture'
import { levelReadiness } from '../../../../src/shared/levels/readiness'
import { percent } from '../../../../src/shared/skills/progress'
import type { LevelId } from '../../../../src/shared/curriculum/levels'

const context = CONTEXT

const section = <K extends ReportSection['kind']>(
  report: ReturnType<typeof buildReport>,
  kind: K,
): SectionOf<K> | undefined => report.sections.find((s): s is SectionOf<K> => s.kind === kind)

describe('buildReport', () => {
  const report = buildReport(reportSourceOf(seededState(), context), optionsWith(), CONTEXT)

  it('produces a model that satisfies its own schema', () => {
    expect(reportSchema.safeParse(report).success).toBe(true)
    expect(report.generatedOn).toBe('25 Nov 2026')
  })

  it('computes overall and per-category progress with skipped skills left out', () => {
    const overview = section(report, 'overview')
    expect(overview).toMatchObject({ percent: 17, done: 2, counted: 14, total: 15 })
    expect(overview?.byStatus).toEqual({ 'not-started': 10, learning: 2, done: 2, skipped: 1 })
    const rows = section(report, 'categories')?.rows
    expect(rows?.map((r) => [r.id, r.percent, r.done, r.total])).toEqual([
      ['technical', 14, 1, 11],
      ['soft', 25, 1, 4],
    ])
  })

  it('lists every skill in curriculum order with status, percent, confidence, sub-topics and note count', () => {
    const rows = section(report, 'skills')?.rows ?? []
    expect(rows.map((r) => r.id)).toEqual(SKILLS.map((s) => s.id))
    const db = rows.find((r) => r.id === 'databases')
    expect(db).toMatchObject({ status: 'learning', statusLabel: 'Learning', percent: 43, confidence: 3, notes: 1 })
    expect(db?.subtopics.filter((s) => s.done)).toHaveLength(3)
    expect(rows.find((r) => r.id === 'web-servers')?.percent).toBeNull()
  })

  it('leaves out what the options switch off, and notes when set to none', () => {
    const lean = buildReport(
      reportSourceOf(seededState(), context),
      optionsWith({ notes: 'none', include: { overview: false, categories: false, levels: false } }),
      CONTEXT,
    )
    expect(lean.sections.map((s) => s.kind)).toEqual(['skills'])
  })

  it('shows full note bodies or excerpts that keep their Markdown', () => {
    const full = buildReport(reportSourceOf(seededState(), context), optionsWith({ notes: 'full' }), CONTEXT)
    const fullNotes = section(full, 'notes')
    expect(fullNotes?.items.map((n) => n.title)).toEqual([
      'Indexes | joins, "quotes" & <b>tags</b> *stars*',
      '=HYPERLINK("http://example.invalid")',
    ])
    expect(fullNotes?.items[0]?.text).toContain('```js')
    expect(section(report, 'notes')?.items[1]?.text).toBe(
      'Status codes: 200, 201, 404.\nPUT is idempotent; POST is not.',
    )
  })

  it('limits notes to the date range, both ends inclusive', () => {
    const november = buildReport(
      reportSourceOf(seededState(), context),
      optionsWith({ from: '2026-11-20', to: '2026-11-30' }),
      CONTEXT,
    )
    expect(section(november, 'notes')?.items.map((n) => n.title)).toHaveLength(1)
    expect(november.range).toEqual({ from: '2026-11-20', to: '2026-11-30' })
    const empty = buildReport(reportSourceOf(seededState(), context), optionsWith({ to: '2026-01-01' }), CONTEXT)
    expect(section(empty, 'notes')).toBeUndefined()
    expect(inRange('2026-11-20', { from: '2026-11-20', to: '2026-11-20' })).toBe(true)
  })

  it('always shows level readiness, and frameworks, evidence and activity only when there are some', () => {
    expect(report.sections.map((s) => s.kind)).toEqual(['overview', 'categories', 'levels', 'skills', 'notes'])
    const fuller = buildReport(reportSourceOf(richState(), context), optionsWith({ from: '2026-11-01' }), CONTEXT)
    expect(fuller.sections.map((s) => s.kind)).toEqual([
      'overview',
      'categories',
      'levels',
      'skills',
      'frameworks',
      'evidence',
      'activity',
      'notes',
    ])
    expect(reportSchema.safeParse(fuller).success).toBe(true)
    const off = buildReport(
      reportSourceOf(richState(), context),
      optionsWith({ include: { levels: false, frameworks: false, evidence: false, activity: false } }),
      CONTEXT,
    )
    expect(off.sections.map((s) => s.kind)).toEqual(['overview', 'categories', 'skills', 'notes'])
  })
})

describe('buildReport with levels, frameworks, study and evidence', () => {
  const state = richState()
  const rich = buildReport(reportSourceOf(state, context), optionsWith({ from: '2026-11-01' }), CONTEXT)

  it('gives each level the readiness the Levels view computes, with its explanation and target date', () => {
    const levels = section(rich, 'levels')?.levels ?? []
    expect(levels.map((l) => l.id)).toEqual(['entry', 'mid', 'senior'])
    for (const level of levels) {
      const expected = levelReadiness(state.curriculum, level.id as LevelId, state.levels, state.skills)
      expect(level.percent).toBe(percent(expected.fraction))
      expect(level.explanation).toBe(expected.explanation)
      expect([level.doneGoals, level.totalGoals]).toEqual([expected.doneGoals, expected.totalGoals])
    }
    // 3 ticked of 10, plus the open goals' share of their skills: (3 + 0.25 + 1/6 + 0.25 + 0.5) / 10.
    expect(levels[0]).toMatchObject({
      title: 'Entry level',
      percent: 42,
      doneGoals: 3,
      totalGoals: 10,
      current: true,
      targetDate: '2026-12-31',
      daysLeft: '36 days left',
    })
    expect(levels[1]).toMatchObject({
      percent: 11,
      targetDate: '2026-11-01',
      daysLeft: '24 days overdue',
      current: false,
    })
    expect(levels[2]?.targetDate).toBeUndefined()
    expect(levels[0]?.goals.filter((g) => g.custom)).toEqual([
      { title: 'Ship a side project <b>& tell</b> people', done: true, custom: true },
      { title: 'Pair with a senior | weekly', done: false, custom: true },
    ])
  })

  it('lists the marked frameworks by name', () => {
    expect(section(rich, 'frameworks')?.items).toEqual([
      { name: 'Django', mark: 'used' },
      { name: 'Express', mark: 'learning' },
    ])
  })

  it('counts study minutes inside the range per day, category and skill, splitting a timer at midnight', () => {
    const activity = section(rich, 'activity')
    expect(activity).toMatchObject({
      totalMinutes: 85,
      days: [
        { date: '2026-11-24', minutes: 50, sessions: 2 },
        { date: '2026-11-25', minutes: 35, sessions: 2 },
      ],
      categories: [
        { id: 'technical', minutes: 70 },
        { id: 'soft', minutes: 15 },
      ],
      skills: [
        { id: 'databases', minutes: 30 },
        { id: 'apis', minutes: 40 },
        { id: 'communication', minutes: 15 },
      ],
      streak: { current: 2, longest: 2, minMinutes: 15 },
    })
    // Without a range the October hour counts too; a range with no study leaves the section out.
    const all = buildReport(reportSourceOf(state, context), optionsWith(), CONTEXT)
    expect(section(all, 'activity')?.totalMinutes).toBe(145)
    expect(section(all, 'activity')?.skills.find((r) => r.id === 'databases')?.minutes).toBe(90)
    const october = buildReport(
      reportSourceOf(state, context),
      optionsWith({ from: '2026-10-02', to: '2026-10-02' }),
      CONTEXT,
    )
    expect(section(october, 'activity')?.totalMinutes).toBe(60)
    const none = buildReport(reportSourceOf(state, context), optionsWith({ from: '2026-11-26' }), CONTEXT)
    expect(section(none, 'activity')).toBeUndefined()
  })

  it('lists evidence per skill, limited by the day it was added', () => {
    const evidence = section(rich, 'evidence')?.skills ?? []
    expect(evidence.map((s) => [s.skillTitle, s.links.map((l) => l.title)])).toEqual([
      ['Databases', [EVIDENCE_TITLE]],
      ['APIs', ['Odd imported link']],
    ])
    expect(evidence[0]?.links[0]).toMatchObject({
      kind: 'Repository',
      url: 'https://github.com/learner/shop-db?tab=readme&x="1"',
    })
    const all = buildReport(reportSourceOf(state, context), optionsWith(), CONTEXT)
    expect(section(all, 'evidence')?.skills[1]?.links.map((l) => l.title)).toEqual([
      'Odd imported link',
      'REST write-up',
    ])
  })
})

describe('report helpers', () => {
  it('cuts an excerpt after its last whole block, or at a word when the first block is longer', () => {
    const { text, truncated } = excerptOf('word '.repeat(100), 23)
    expect(text).toBe('word word word word')
    expect(truncated).toBe(true)
    expect(excerptOf('short\n\nnote')).toEqual({ text: 'short\n\nnote', truncated: false })
    const note = ['# Joins', '', 'Inner :: only matching rows', '', '```sql', 'select 1;'.repeat(20), '```'].join('\n')
    expect(excerptOf(note, 60)).toEqual({ text: '# Joins\n\nInner :: only matching rows', truncated: true })
  })

  it('never cuts an excerpt inside a [[link]]', () => {
    expect(excerptOf('See the notes on [[Query plans and indexes]] first', 30)).toEqual({
      text: 'See the notes on',
      truncated: true,
    })
  })

  it('folds sub-topics not started unless the learner lists them', () => {
    const folded = section(buildReport(reportSourceOf(seededState(), context), optionsWith(), CONTEXT), 'skills')
    expect(folded?.listNotStarted).toBe(false)
    // The CSV reads every sub-topic, so the model keeps them all either way.
    expect(folded?.rows.find((r) => r.id === 'databases')?.subtopics).toHaveLength(7)
    const listed = buildReport(
      reportSourceOf(seededState(), context),
      optionsWith({ include: { notStartedSubtopics: true } }),
      CONTEXT,
    )
    expect(section(listed, 'skills')?.listNotStarted).toBe(true)
  })

  it('suggests a dated file name for each format', () => {
    expect(reportFileName('md', '2026-11-25')).toBe('groundwork-report-2026-11-25.md')
    expect(reportFileName('pdf', '2026-11-25')).toBe('groundwork-report-2026-11-25.pdf')
  })

  it('refuses a date range that ends before it starts', () => {
    const result = reportOptionsSchema.safeParse({ include: {}, from: '2026-12-01', to: '2026-11-01' })
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.message).toMatch(/must not be after/)
  })
})
