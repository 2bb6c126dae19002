import { describe, expect, it } from 'vitest'
import { produce } from 'immer'
import { buildReport } from '../../../../src/shared/report/model'
import { reportSourceOf } from '../../../../src/shared/report/source'
import { renderMarkdown } from '../../../../src/shared/report/markdown'
import { renderHtml } from '../../../../src/shared/report/html'
import { DEFAULT_REPORT_OPTIONS } from '../../../../src/shared/report/defaults'
import type { SectionOf } from '../../../../src/shared/report/schema'
import { CONTEXT, richState } from '../../../support/report-fixture'

const levelsOf = (state: ReturnType<typeof richState>) => {
  const report = buildReport(reportSourceOf(state, CONTEXT), DEFAULT_REPORT_OPTIONS, CONTEXT)
  const section = report.sections.find((s): s is SectionOf<'levels'> => s.kind === 'levels')
  return { report, levels: section?.levels ?? [] }
}

describe('the study plan in a report', () => {
  it('says nothing of a plan before hours a week are set', () => {
    const { levels } = levelsOf(richState())
    expect(levels.every((l) => l.plan === undefined && l.planText === undefined)).toBe(true)
  })

  it('says for the current level how far behind the plan is, with the figures, in every format', () => {
    const state = produce(richState(), (draft) => void (draft.plan.hoursPerWeek = 1))
    const { report, levels } = levelsOf(state)
    const current = levels.find((l) => l.current)
    expect(current?.plan?.kind).toBe('behind')
    expect(current?.planText).toMatch(/^Study plan: behind by .+ \(.+ left, .+ free before .+\)\.$/)
    expect(levels.filter((l) => l.planText !== undefined)).toHaveLength(1)
    expect(renderMarkdown(report)).toContain(current!.planText!)
  })

  it('says ahead, with the time to spare, when the work fits with room', () => {
    const state = produce(richState(), (draft) => void (draft.plan.hoursPerWeek = 100))
    const current = levelsOf(state).levels.find((l) => l.current)
    expect(current?.plan?.kind).toBe('ahead')
    expect(current?.planText).toMatch(/^Study plan: ahead, with .+ to spare/)
  })

  it('charts what is left week by week down to the target date, going only down, in the HTML page', () => {
    const state = produce(richState(), (draft) => void (draft.plan.hoursPerWeek = 6))
    const { report, levels } = levelsOf(state)
    const left = levels.find((l) => l.current)?.planLeft ?? []
    expect(left.length).toBeGreaterThan(1)
    const minutes = left.map((point) => point.minutes)
    expect(minutes).toEqual([...minutes].sort((a, b) => b - a))
    expect(minutes[0]).toBeGreaterThan(0)
    const html = renderHtml(report)
    expect(html.match(/<rect /g)).toHaveLength(left.length)
    expect(html).toContain(`What is left to study if the plan is kept: `)
    expect(levels.filter((l) => l.planLeft !== undefined)).toHaveLength(1)
  })
})
