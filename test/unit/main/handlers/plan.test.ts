import { describe, expect, it } from 'vitest'
import { readFile } from 'node:fs/promises'
import { withCore } from '../../../support/with-core'
import { TEST_NOW, testDay } from '../../../support/test-clock'
import type { PlanUndo, PlanView } from '../../../../src/shared/plan/schema'

const test = withCore()

/** Sets hours, study days and a target date `days` from today on the current level. */
async function setUp(hoursPerWeek: number, days: number, studyDays = [0, 1, 2, 3, 4, 5, 6]): Promise<PlanView> {
  await test.ok('levels:setTargetDate', { level: 'entry', date: testDay(days) })
  return test.ok<PlanView>('plan:setOptions', { hoursPerWeek, studyDays })
}

const plannedMinutes = (view: PlanView): number =>
  view.weeks.flatMap((w) => w.days).reduce((sum, d) => sum + d.items.reduce((s, i) => s + i.minutes, 0), 0)

describe('plan channels', () => {
  it('asks for hours and a date before planning, and keeps a file written before plans existed loading', async () => {
    const first = await test.ok<PlanView>('plan:get')
    expect(first.status).toBe('no-hours')
    expect(first.message).toMatch(/hours a week/)
    await test.ok('plan:setOptions', { hoursPerWeek: 5 })
    expect((await test.ok<PlanView>('plan:get')).status).toBe('no-target-date')
  })

  it('plans every open sub-topic before the date and keeps the options through a restart', async () => {
    const view = await setUp(40, 120)
    expect(view.status).toBe('ready')
    expect(view.fit.fits).toBe(true)
    expect(plannedMinutes(view)).toBe(view.fit.workMinutes)
    expect(view.weeks.flatMap((w) => w.days).every((d) => d.day < testDay(120))).toBe(true)
    expect(view.today.day).toBe(testDay(0))
    expect(view.today.items.length).toBeGreaterThan(0)
    await test.restart()
    const again = await test.ok<PlanView>('plan:get')
    expect(again.options).toEqual({ hoursPerWeek: 40, studyDays: [0, 1, 2, 3, 4, 5, 6], startDay: null })
    expect(again.weeks).toEqual(view.weeks)
  })

  it('refuses zero hours a week with a clear message', async () => {
    const result = await test.core.dispatch('plan:setOptions', { hoursPerWeek: 0 })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.message).toMatch(/some time/)
  })

  it('says with figures when the work does not fit, previews a choice without writing it, applies it and takes it back', async () => {
    const view = await setUp(2, 14)
    expect(view.fit.fits).toBe(false)
    expect(view.pace.kind).toBe('behind')
    expect(view.fit.message).toMatch(/left, .* free before /)
    const hours = view.suggestions.hoursPerWeek
    expect(hours).not.toBeNull()
    const choice = { kind: 'more-hours', hoursPerWeek: hours }
    const preview = await test.ok<PlanView>('plan:previewChoice', { choice })
    expect(preview.fit.fits).toBe(true)
    expect(preview.preview).toEqual(choice)
    expect((await test.ok<PlanView>('plan:get')).options.hoursPerWeek).toBe(2)

    const { view: applied, undo } = await test.ok<{ view: PlanView; undo: PlanUndo }>('plan:applyChoice', { choice })
    expect(applied.fit.fits).toBe(true)
    expect(applied.options.hoursPerWeek).toBe(hours)
    const back = await test.ok<PlanView>('plan:restore', undo)
    expect(back.options.hoursPerWeek).toBe(2)
    expect(back.fit.fits).toBe(false)
  })

  it('moves the date to the suggested later date, where the work fits', async () => {
    const view = await setUp(3, 14)
    const date = view.suggestions.laterDate
    expect(date).not.toBeNull()
    const { view: applied } = await test.ok<{ view: PlanView }>('plan:applyChoice', {
      choice: { kind: 'later-date', date },
    })
    expect(applied.targetDate).toBe(date)
    expect(applied.fit.fits).toBe(true)
  })

  it('leaves chosen sub-topics for later and sets an effort', async () => {
    const view = await setUp(10, 60)
    const [first] = view.today.items
    if (!first) throw new Error('nothing planned today')
    const ref = { skillId: first.skillId, subtopicId: first.subtopicId }
    const withEffort = await test.ok<PlanView>('plan:setEffort', { ...ref, minutes: 200 })
    expect(withEffort.fit.workMinutes).toBe(view.fit.workMinutes - first.effort + 200)
    const { view: left } = await test.ok<{ view: PlanView }>('plan:applyChoice', {
      choice: { kind: 'leave-for-later', keys: [ref] },
    })
    expect(left.later.map((i) => i.key)).toEqual([first.key])
    expect(left.weeks.flatMap((w) => w.days).some((d) => d.items.some((i) => i.key === first.key))).toBe(false)
    const missing = await test.core.dispatch('plan:setEffort', {
      skillId: first.skillId,
      subtopicId: 'nope',
      minutes: 30,
    })
    expect(missing.ok).toBe(false)
  })

  it('answers a date that has passed with a message and the figures', async () => {
    await test.ok('plan:setOptions', { hoursPerWeek: 5 })
    await test.ok('levels:setTargetDate', { level: 'entry', date: testDay(-3) })
    const view = await test.ok<PlanView>('plan:get')
    expect(view.status).toBe('date-passed')
    expect(view.message).toMatch(/has passed/)
    expect(view.fit.unplanned.length).toBeGreaterThan(0)
    expect(view.suggestions.laterDate).not.toBeNull()
  })

  it('exports the plan as an iCalendar file with one event per study day', async () => {
    await setUp(5, 30, [0, 2, 4])
    const answer = await test.ok<{ path: string; events: number }>('plan:exportIcs')
    const text = await readFile(answer.path, 'utf8')
    expect(text).toContain('BEGIN:VCALENDAR')
    expect(text.match(/BEGIN:VEVENT/g)?.length).toBe(answer.events)
  })

  it('counts time studied today toward today’s share, in whole minutes', async () => {
    const before = await setUp(14, 90)
    const [first] = before.today.items
    if (!first) throw new Error('nothing planned today')
    // A minute ago: today in every zone the suite runs in (TEST_NOW is far from midnight in each).
    const start = new Date(TEST_NOW.getTime() - 60_000).toISOString()
    await test.ok('study:log', { skillId: first.skillId, start, minutes: 25 })
    const after = await test.ok<PlanView>('plan:get')
    expect(after.today.studiedMinutes).toBeGreaterThanOrEqual(25)
    const work = (view: PlanView) => view.today.items.reduce((sum, item) => sum + item.minutes, 0)
    expect(work(after)).toBeLessThan(work(before))
  })
})
