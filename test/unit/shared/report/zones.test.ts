import { describe, expect, it } from 'vitest'
import { buildReport, type ReportContext } from '../../../../src/shared/report/model'
import { reportSourceOf } from '../../../../src/shared/report/source'
import { renderCsv } from '../../../../src/shared/report/csv'
import { renderMarkdown } from '../../../../src/shared/report/markdown'
import type { ReportSection, SectionOf } from '../../../../src/shared/report/schema'
import { optionsWith, richState } from '../../../support/report-fixture'
import type { AppState } from '../../../../src/shared/model'

// Reports in zones far from UTC, with times late in the evening and early in the morning: every
// day a report filters by is the day it prints, and both are days in the learner's zone.

const section = <K extends ReportSection['kind']>(
  report: ReturnType<typeof buildReport>,
  kind: K,
): SectionOf<K> | undefined => report.sections.find((s): s is SectionOf<K> => s.kind === kind)

/** The rich learner with one note saved at `updatedAt` and one evidence link added at `addedAt`. */
function stateWith(updatedAt: string, addedAt: string): AppState {
  const state = richState()
  state.notes = {
    late: {
      id: 'late',
      skillId: 'apis',
      title: 'Late note',
      body: 'Written at night.',
      createdAt: updatedAt,
      updatedAt,
    },
  }
  state.evidence = {
    apis: [{ id: 'e-late', url: 'https://example.org/late', title: 'Late link', kind: 'article', addedAt }],
  }
  state.skills.apis = { status: 'learning', confidence: 2, subtopics: {}, updatedAt }
  return state
}

const report = (state: AppState, context: ReportContext, range: { from?: string; to?: string }) =>
  buildReport(reportSourceOf(state, context), optionsWith({ ...range, notes: 'full' }), context)

describe('a report in Los Angeles (UTC-8 in November)', () => {
  const context: ReportContext = {
    now: new Date('2026-11-26T07:30:00Z'),
    timeZone: 'America/Los_Angeles',
    locale: 'en-GB',
  }
  // 20:00 on 25 November in Los Angeles, already 26 November in UTC.
  const evening = '2026-11-26T04:00:00.000Z'
  const state = stateWith(evening, evening)

  it('keeps a late-evening note inside "to 25 November" and prints the day it was filtered by', () => {
    const built = report(state, context, { to: '2026-11-25' })
    expect(section(built, 'notes')?.items.map((n) => [n.title, n.editedOn])).toEqual([['Late note', '25 Nov 2026']])
    expect(section(built, 'evidence')?.skills[0]?.links.map((l) => l.addedOn)).toEqual(['25 Nov 2026'])
    expect(renderMarkdown(built)).toContain('_Edited 25 Nov 2026_')
    // And leaves it out of a range that starts on the UTC day.
    expect(section(report(state, context, { from: '2026-11-26' }), 'notes')).toBeUndefined()
  })

  it('dates the report, its file day and the CSV by the local day (23:30 on 25 November)', () => {
    const built = report(state, context, {})
    expect(built.generatedOn).toBe('25 Nov 2026')
    const apis = renderCsv(built)
      .split('\r\n')
      .find((line) => line.startsWith('APIs,'))
    expect(apis).toContain(',2026-11-25,')
  })

  it('counts days left from the local day', () => {
    const entry = section(report(state, context, {}), 'levels')?.levels.find((l) => l.id === 'entry')
    expect(entry).toMatchObject({ targetDate: '2026-12-31', targetOn: '31 Dec 2026', daysLeft: '36 days left' })
  })
})

describe('a report at UTC+14 (Kiritimati)', () => {
  const context: ReportContext = {
    now: new Date('2026-11-25T12:00:00Z'),
    timeZone: 'Pacific/Kiritimati',
    locale: 'en-GB',
  }
  // 00:30 on 26 November in Kiritimati, still 25 November in UTC.
  const earlyMorning = '2026-11-25T10:30:00.000Z'
  const state = stateWith(earlyMorning, earlyMorning)

  it('puts an early-morning note on the next day, in the filter and in print alike', () => {
    expect(section(report(state, context, { to: '2026-11-25' }), 'notes')).toBeUndefined()
    const built = report(state, context, { from: '2026-11-26' })
    expect(section(built, 'notes')?.items.map((n) => n.editedOn)).toEqual(['26 Nov 2026'])
    expect(built.generatedOn).toBe('26 Nov 2026')
    expect(built.rangeText).toBe('Notes, evidence and study activity from 26 Nov 2026 on.')
    expect(section(built, 'levels')?.levels.find((l) => l.id === 'entry')?.daysLeft).toBe('35 days left')
  })

  it('splits study time at the local midnight, not the UTC one', () => {
    // The fixture's timer runs 23:40-00:20 UTC: 13:40-14:20 on 25 November here, all one day.
    const days = section(report(richState(), context, { from: '2026-11-20' }), 'activity')?.days ?? []
    expect(days.map((d) => [d.date, d.minutes])).toEqual([
      ['2026-11-24', 30],
      ['2026-11-25', 55],
    ])
    expect(days.map((d) => d.label)).toEqual(['24 Nov 2026', '25 Nov 2026'])
  })
})

describe('a report in Kolkata (UTC+5:30)', () => {
  it('uses the half-hour offset for the day edges', () => {
    const context: ReportContext = { now: new Date('2026-11-25T12:00:00Z'), timeZone: 'Asia/Kolkata', locale: 'en-GB' }
    const justBefore = stateWith('2026-11-25T18:29:00.000Z', '2026-11-25T18:31:00.000Z')
    const built = report(justBefore, context, { from: '2026-11-25', to: '2026-11-25' })
    expect(section(built, 'notes')?.items.map((n) => n.editedOn)).toEqual(['25 Nov 2026'])
    expect(section(built, 'evidence')).toBeUndefined() // added at 00:01 on the 26th
  })
})
