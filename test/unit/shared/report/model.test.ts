import { describe, expect, it } from 'vitest'
import { buildReport, excerptOf, inRange } from '../../../../src/shared/report/model'
import { reportSchema, reportOptionsSchema, type ReportSection, type SectionOf } from '../../../../src/shared/report/schema'
import { reportSourceOf } from '../../../../src/shared/report/source'
import { reportFileName } from '../../../../src/shared/report/defaults'
import { SKILLS } from '../../../../src/shared/curriculum/skills'
import { NOW, optionsWith, seededState } from '../../../support/report-fixture'

const section = <K extends ReportSection['kind']>(
  report: ReturnType<typeof buildReport>,
  kind: K,
): SectionOf<K> | undefined => report.sections.find((s): s is SectionOf<K> => s.kind === kind)

describe('buildReport', () => {
  const report = buildReport(reportSourceOf(seededState()), optionsWith(), NOW)

  it('produces a model that satisfies its own schema', () => {
    expect(reportSchema.safeParse(report).success).toBe(true)
    expect(report.generatedOn).toBe('25 November 2026')
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
    const lean = buildReport(reportSourceOf(seededState()), optionsWith({ notes: 'none', include: { overview: false, categories: false } }), NOW)
    expect(lean.sections.map((s) => s.kind)).toEqual(['skills'])
  })

  it('shows full note bodies or one-line excerpts', () => {
    const full = buildReport(reportSourceOf(seededState()), optionsWith({ notes: 'full' }), NOW)
    const fullNotes = section(full, 'notes')
    expect(fullNotes?.items.map((n) => n.title)).toEqual(['Indexes | joins, "quotes" & <b>tags</b> *stars*', '=HYPERLINK("http://example.invalid")'])
    expect(fullNotes?.items[0]?.text).toContain('```js')
    expect(section(report, 'notes')?.items[1]?.text).toBe('Status codes: 200, 201, 404. PUT is idempotent; POST is not.')
  })

  it('limits notes to the date range, both ends inclusive', () => {
    const november = buildReport(reportSourceOf(seededState()), optionsWith({ from: '2026-11-20', to: '2026-11-30' }), NOW)
    expect(section(november, 'notes')?.items.map((n) => n.title)).toHaveLength(1)
    expect(november.range).toEqual({ from: '2026-11-20', to: '2026-11-30' })
    const empty = buildReport(reportSourceOf(seededState()), optionsWith({ to: '2026-01-01' }), NOW)
    expect(section(empty, 'notes')).toBeUndefined()
    expect(inRange('2026-11-20', { from: '2026-11-20', to: '2026-11-20' })).toBe(true)
  })

  it('renders levels, frameworks and activity only when their features supply data', () => {
    expect(report.sections.map((s) => s.kind)).toEqual(['overview', 'categories', 'skills', 'notes'])
    const source = {
      ...reportSourceOf(seededState()),
      levels: [{ title: 'Entry level', percent: 40, goals: [{ title: 'Build a REST API', done: true, targetDate: '2026-12-31' }] }],
      frameworks: [{ name: 'Django', mark: 'used' as const }],
      activity: [
        { date: '2026-11-24', minutes: 30 },
        { date: '2026-11-24', minutes: 15 },
        { date: '2026-11-02', minutes: 60 },
        { date: '2025-01-01', minutes: 99 },
      ],
    }
    const fuller = buildReport(source, optionsWith({ from: '2026-11-01' }), NOW)
    expect(fuller.sections.map((s) => s.kind)).toEqual(['overview', 'categories', 'levels', 'skills', 'frameworks', 'activity', 'notes'])
    expect(section(fuller, 'activity')).toEqual({ kind: 'activity', totalMinutes: 105, days: [{ date: '2026-11-02', minutes: 60, sessions: 1 }, { date: '2026-11-24', minutes: 45, sessions: 2 }] })
    expect(reportSchema.safeParse(fuller).success).toBe(true)
  })
})

describe('report helpers', () => {
  it('cuts excerpts at a word boundary', () => {
    const { text, truncated } = excerptOf('word '.repeat(100), 23)
    expect(text).toBe('word word word word')
    expect(truncated).toBe(true)
    expect(excerptOf('short\n\nnote')).toEqual({ text: 'short note', truncated: false })
  })

  it('suggests a dated file name for each format', () => {
    expect(reportFileName('md', NOW)).toBe('groundwork-report-2026-11-25.md')
    expect(reportFileName('pdf', NOW)).toBe('groundwork-report-2026-11-25.pdf')
  })

  it('refuses a date range that ends before it starts', () => {
    const result = reportOptionsSchema.safeParse({ include: {}, from: '2026-12-01', to: '2026-11-01' })
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.message).toMatch(/must not be after/)
  })
})
