import { describe, expect, it } from 'vitest'
import { produce } from 'immer'
import { addDays, dayOf, systemTimeZone } from '../../../../src/shared/calendar/days'
import { freshState } from '../../../../src/shared/model'
import { planInputOf } from '../../../../src/shared/plan/input'
import { buildPlan } from '../../../../src/shared/plan/planner'
import { planEventUid, planIcs } from '../../../../src/shared/plan/ics'
import { TEST_NOW } from '../../../support/test-clock'

/** The events of an iCalendar text: lines unfolded (RFC 5545 3.1), each event's properties by name, text unescaped. */
function parseEvents(text: string): Array<Record<string, string>> {
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n')
  const events: Array<Record<string, string>> = []
  let current: Record<string, string> | null = null
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {}
    else if (line === 'END:VEVENT' && current) {
      events.push(current)
      current = null
    } else if (current) {
      const colon = line.indexOf(':')
      const name = line.slice(0, colon).split(';')[0]!
      current[name] = line
        .slice(colon + 1)
        .replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c))
    }
  }
  return events
}

const zone = systemTimeZone()
const today = dayOf(TEST_NOW, zone)
const state = produce(freshState(), (draft) => {
  draft.plan.hoursPerWeek = 6
  draft.plan.studyDays = [0, 2, 4]
  draft.levels.entry.targetDate = addDays(today, 40)
})

describe('the plan as an iCalendar file', () => {
  it('has one all-day event per study day with work, stamped with the clock, ids stable across exports', () => {
    const first = planIcs(buildPlan(planInputOf(state, TEST_NOW, zone)), TEST_NOW)
    const events = parseEvents(first.text)
    const studyDays = buildPlan(planInputOf(state, TEST_NOW, zone))
      .weeks.flatMap((w) => w.days)
      .filter((d) => d.items.length > 0)
    expect(events).toHaveLength(studyDays.length)
    expect(first.events).toBe(studyDays.length)
    expect(events.map((e) => e.UID)).toEqual(studyDays.map((d) => planEventUid(d.day)))
    expect(events.map((e) => e.DTSTART)).toEqual(studyDays.map((d) => d.day.replaceAll('-', '')))
    expect(events.every((e) => e.DTSTAMP === '20261125T120000Z')).toBe(true)
    expect(events[0]?.SUMMARY).toMatch(/^Study: \d+ sub-topics?, /)
    expect(first.text).toContain('PRODID:groundwork/study-plan')

    // A day later, with the first day's work done: the days still planned keep their ids, with a newer stamp and sequence.
    const later = new Date(TEST_NOW.getTime() + 86_400_000)
    const done = produce(state, (draft) => {
      for (const item of studyDays[0]!.items) {
        const skill = (draft.skills[item.skillId] ??= { status: 'learning', confidence: 0, subtopics: {} })
        skill.subtopics[item.subtopicId] = true
      }
    })
    const second = parseEvents(planIcs(buildPlan(planInputOf(done, later, zone)), later).text)
    const firstById = new Map(events.map((e) => [e.UID, e]))
    const kept = second.filter((e) => firstById.has(e.UID))
    expect(kept.length).toBeGreaterThan(0)
    for (const event of kept) {
      expect(Number(event.SEQUENCE)).toBeGreaterThan(Number(firstById.get(event.UID)?.SEQUENCE))
      expect(event.DTSTAMP).toBe('20261126T120000Z')
    }
  })

  it('writes nothing when nothing is planned', () => {
    const none = produce(state, (draft) => void (draft.plan.hoursPerWeek = null))
    expect(planIcs(buildPlan(planInputOf(none, TEST_NOW, zone)), TEST_NOW)).toEqual({ text: '', events: 0 })
  })
})
