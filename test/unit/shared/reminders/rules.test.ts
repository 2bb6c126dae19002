import { describe, expect, it } from 'vitest'
import { dayOf } from '../../../../src/shared/calendar/days'
import { inQuietHours, reminderDue, type Reminder, type ReminderFacts } from '../../../../src/shared/reminders/rules'
import { defaultReminderSettings, type ReminderSettings } from '../../../../src/shared/reminders/settings'
import { minuteOfDay } from '../../../../src/shared/reminders/time-of-day'

/** Every kind on, quiet from 22:00 to 08:00 (across midnight), today's share asked for by 18:00. */
function allOn(change: Partial<ReminderSettings> = {}): ReminderSettings {
  return {
    ...defaultReminderSettings(),
    enabled: true,
    kinds: { cardsDue: true, todayShare: true, streak: true },
    quiet: { on: true, from: '22:00', to: '08:00' },
    shareTime: '18:00',
    ...change,
  }
}

/** A learner with cards due, nothing studied yet of a 30-minute share, and a 3-day streak not yet kept. */
function facts(now: Date, timeZone: string, change: Partial<ReminderFacts> = {}): ReminderFacts {
  return {
    now,
    timeZone,
    cardsDue: 5,
    minutesToday: 0,
    shareMinutes: 30,
    streakDays: 3,
    streakKeptToday: false,
    ...change,
  }
}

interface Shown extends Reminder {
  at: Date
}

/** Checks once a minute from `start` for `days` days, as the scheduler does, recording what is shown. */
function simulate(start: Date, days: number, timeZone: string, settings: ReminderSettings): Shown[] {
  const shown: Shown[] = []
  let current = settings
  for (let t = start.getTime(); t < start.getTime() + days * 86_400_000; t += 60_000) {
    const now = new Date(t)
    const reminder = reminderDue(current, facts(now, timeZone))
    if (!reminder) continue
    shown.push({ ...reminder, at: now })
    current = { ...current, shown: { ...current.shown, [reminder.kind]: dayOf(now, timeZone) } }
  }
  return shown
}

// Berlin leaves summer time on 25 October 2026, New York on 1 November 2026; Tokyo has no DST.
const WEEKS = [
  { zone: 'Europe/Berlin', start: '2026-10-21T22:00:00Z' },
  { zone: 'America/New_York', start: '2026-10-28T04:00:00Z' },
  { zone: 'Asia/Tokyo', start: '2026-10-21T15:00:00Z' },
]

describe('reminder rules over a simulated week', () => {
  for (const { zone, start } of WEEKS) {
    describe(zone, () => {
      const shown = simulate(new Date(start), 7, zone, allOn())

      it('shows each kind exactly once on each of the seven days', () => {
        for (const kind of ['cardsDue', 'todayShare', 'streak'] as const) {
          const days = shown.filter((r) => r.kind === kind).map((r) => dayOf(r.at, zone))
          expect(days).toHaveLength(7)
          expect(new Set(days).size).toBe(7)
        }
      })

      it('shows nothing in quiet hours, which cross midnight', () => {
        for (const reminder of shown) {
          const minute = minuteOfDay(reminder.at, zone)
          expect(minute >= 8 * 60 && minute < 22 * 60).toBe(true)
        }
      })

      it('reminds of due cards as quiet hours end, and of today’s share then the streak from the chosen time', () => {
        const minute = { cardsDue: 8 * 60, todayShare: 18 * 60, streak: 18 * 60 + 1 }
        for (const reminder of shown) expect(minuteOfDay(reminder.at, zone)).toBe(minute[reminder.kind])
        expect(shown.find((r) => r.kind === 'cardsDue')).toMatchObject({ target: 'review' })
        expect(shown.find((r) => r.kind === 'todayShare')).toMatchObject({ target: 'today' })
      })
    })
  }

  it('shows only the kinds that are on, and nothing while reminders are off', () => {
    const zone = 'Europe/Berlin'
    const onlyCards = simulate(
      new Date(WEEKS[0]!.start),
      7,
      zone,
      allOn({ kinds: { cardsDue: true, todayShare: false, streak: false } }),
    )
    expect(onlyCards.map((r) => r.kind)).toEqual(Array(7).fill('cardsDue'))
    expect(simulate(new Date(WEEKS[0]!.start), 7, zone, { ...allOn(), enabled: false })).toEqual([])
    expect(
      simulate(new Date(WEEKS[0]!.start), 2, zone, {
        ...allOn(),
        enabled: true,
        kinds: defaultReminderSettings().kinds,
      }),
    ).toEqual([])
  })
})

describe('reminder rules', () => {
  const zone = 'Asia/Tokyo'
  const noon = new Date('2026-11-25T03:00:00Z') // 12:00 in Tokyo

  it('are all off on a fresh computer', () => {
    expect(reminderDue(defaultReminderSettings(), facts(noon, zone))).toBeNull()
  })

  it('stay silent until a snooze ends, then remind', () => {
    const settings = allOn({ snoozeUntil: '2026-11-25T05:00:00.000Z' })
    expect(reminderDue(settings, facts(noon, zone))).toBeNull()
    expect(reminderDue(settings, facts(new Date('2026-11-25T04:59:00Z'), zone))).toBeNull()
    expect(reminderDue(settings, facts(new Date('2026-11-25T05:00:00Z'), zone))).toMatchObject({ kind: 'cardsDue' })
  })

  it('say nothing of due cards when none are due, nor of a share already studied or a streak already kept', () => {
    const evening = new Date('2026-11-25T10:00:00Z') // 19:00 in Tokyo
    const done = facts(evening, zone, { cardsDue: 0, minutesToday: 30, streakKeptToday: true })
    expect(reminderDue(allOn(), done)).toBeNull()
    expect(reminderDue(allOn(), facts(evening, zone, { cardsDue: 0, shareMinutes: null, streakDays: 0 }))).toBeNull()
    expect(reminderDue(allOn(), facts(evening, zone, { cardsDue: 0, minutesToday: 12 }))).toMatchObject({
      kind: 'todayShare',
      body: "18 minutes of today's plan to go.",
    })
  })

  it('give one notification per check, the due cards first', () => {
    const evening = new Date('2026-11-25T10:00:00Z')
    expect(reminderDue(allOn(), facts(evening, zone))).toMatchObject({
      kind: 'cardsDue',
      title: '5 cards are ready for review',
    })
    expect(reminderDue(allOn(), facts(evening, zone, { cardsDue: 1 }))?.title).toBe('1 card is ready for review')
  })

  it('read quiet hours within one day and across midnight; equal ends mean none', () => {
    const at = (time: string): Date => new Date(`2026-11-25T${time}:00+09:00`)
    const day = allOn({ quiet: { on: true, from: '12:30', to: '14:00' } })
    expect(inQuietHours(day, at('12:29'), zone)).toBe(false)
    expect(inQuietHours(day, at('12:30'), zone)).toBe(true)
    expect(inQuietHours(day, at('14:00'), zone)).toBe(false)
    const night = allOn()
    expect(inQuietHours(night, at('23:59'), zone)).toBe(true)
    expect(inQuietHours(night, at('00:00'), zone)).toBe(true)
    expect(inQuietHours(night, at('07:59'), zone)).toBe(true)
    expect(inQuietHours(night, at('08:00'), zone)).toBe(false)
    expect(inQuietHours(allOn({ quiet: { on: true, from: '09:00', to: '09:00' } }), at('09:00'), zone)).toBe(false)
    expect(inQuietHours(allOn({ quiet: { on: false, from: '00:00', to: '23:59' } }), at('12:00'), zone)).toBe(false)
  })
})
