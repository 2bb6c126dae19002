import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createCore, type Core } from '../../../../src/main/core'
import type { Clock } from '../../../../src/main/clock'
import { studyLoopState } from '../../../support/study-loop-fixture'
import { tempDir } from '../../../support/temp-dir'
import { TEST_NOW } from '../../../support/test-clock'
import { testServices } from '../../../support/test-services'

const HOUR = 3_600_000

/** A clock that stands still until a test moves it. */
function handClock(start: Date, zone: string): Clock & { move(ms: number): void } {
  let at = start.getTime()
  return { now: () => new Date(at), timeZone: () => zone, move: (ms) => void (at += ms) }
}

const open: Array<() => Promise<void>> = []
afterEach(async () => {
  for (const close of open.splice(0)) await close()
})

/** The real core over the study-loop learner (two cards due at TEST_NOW), with recording services and a hand-moved clock in Berlin. */
async function learnerCore(shareOfToday?: () => number | null): Promise<{
  core: Core
  services: ReturnType<typeof testServices>
  clock: ReturnType<typeof handClock>
  events: unknown[]
}> {
  const temp = await tempDir()
  await writeFile(join(temp.dir, 'groundwork-data.json'), JSON.stringify(studyLoopState()))
  const services = testServices(temp.dir)
  const clock = handClock(TEST_NOW, 'Europe/Berlin') // 13:00 there
  const core = await createCore({
    dataDir: temp.dir,
    services,
    log: () => undefined,
    checkResponses: true,
    clock,
    ...(shareOfToday ? { shareOfToday } : {}),
  })
  const events: unknown[] = []
  core.setEmitter((event, payload) => events.push([event, payload]))
  open.push(async () => {
    await core.close()
    await temp.remove()
  })
  return { core, services, clock, events }
}

describe('the reminder scheduler', () => {
  it('shows nothing while reminders are off, as they are on a fresh computer', async () => {
    const { core, services } = await learnerCore()
    expect(core.store.state.device.reminders).toMatchObject({ enabled: false, keepInTray: false, openAtLogin: false })
    expect(await core.reminders.check()).toBeNull()
    expect(services.notifications).toEqual([])
  })

  it('shows due cards once a day, records the day on this computer, and opens the review on a click', async () => {
    const { core, services, clock, events } = await learnerCore()
    await core.dispatch('reminders:set', { enabled: true, kinds: { cardsDue: true } }, 'window')
    expect(await core.reminders.check()).toMatchObject({ kind: 'cardsDue', target: 'review' })
    expect(services.notifications.map(({ title, body }) => ({ title, body }))).toEqual([
      { title: '2 cards are ready for review', body: 'A few minutes of recall now keeps them fresh.' },
    ])
    expect(core.store.state.device.reminders.shown).toEqual({ cardsDue: '2026-11-25' })

    clock.move(5 * HOUR)
    expect(await core.reminders.check()).toBeNull()
    expect(services.notifications).toHaveLength(1)

    services.notifications[0]?.click()
    expect(events).toContainEqual(['openPlace', { target: 'review' }])

    clock.move(14 * HOUR) // 08:00 the next day
    expect(await core.reminders.check()).toMatchObject({ kind: 'cardsDue' })
    expect(services.notifications).toHaveLength(2)
  })

  it("reminds of today's share from the plan at the chosen time, counting what was studied today", async () => {
    const { core, services, clock, events } = await learnerCore(() => 60)
    await core.dispatch('reminders:set', { enabled: true, kinds: { todayShare: true }, shareTime: '19:00' }, 'window')
    expect(await core.reminders.check()).toBeNull()
    clock.move(6 * HOUR) // 19:00 in Berlin
    expect(await core.reminders.check()).toMatchObject({ kind: 'todayShare', target: 'today' })
    expect(services.notifications[0]).toMatchObject({
      title: "Today's study is still open",
      body: "30 minutes of today's plan to go.",
    })
    services.notifications[0]?.click()
    expect(events).toContainEqual(['openPlace', { target: 'today' }])
  })

  it('keeps quiet hours and a snooze', async () => {
    const { core, services, clock } = await learnerCore()
    await core.dispatch(
      'reminders:set',
      { enabled: true, kinds: { cardsDue: true }, quiet: { on: true, from: '12:00', to: '14:00' } },
      'window',
    )
    expect(await core.reminders.check()).toBeNull()
    clock.move(HOUR) // 14:00
    await core.dispatch('reminders:snooze', { minutes: 90 }, 'window')
    expect(await core.reminders.check()).toBeNull()
    clock.move(90 * 60_000)
    expect(await core.reminders.check()).toMatchObject({ kind: 'cardsDue' })
    expect(services.notifications).toHaveLength(1)
  })

  it('refuses a badly written time and an unknown setting', async () => {
    const { core } = await learnerCore()
    expect(await core.dispatch('reminders:set', { shareTime: '25:00' }, 'window')).toMatchObject({ ok: false })
    expect(await core.dispatch('reminders:set', { volume: 3 }, 'window')).toMatchObject({ ok: false })
    expect(await core.dispatch('reminders:snooze', { minutes: -5 }, 'window')).toMatchObject({ ok: false })
  })

  it('keeps a tray while the app is kept there: the timer starts and stops from it and its time shows', async () => {
    const { core, services, clock, events } = await learnerCore()
    expect(services.tray.menu).toBeNull()
    await core.dispatch('reminders:set', { keepInTray: true }, 'window')
    expect(services.tray.menu?.items.slice(0, 2)).toEqual([
      { label: 'No timer running' },
      { label: 'Start timer · Databases', action: 'timer-start', enabled: true },
    ])
    await core.reminders.act('timer-start')
    clock.move(25 * 60_000)
    await core.reminders.tick()
    expect(services.tray.menu?.items[0]).toEqual({ label: 'Timer 0:25 · Databases' })
    await core.reminders.act('timer-stop')
    expect(core.store.state.study.sessions.filter((s) => s.end === null)).toEqual([])
    await core.reminders.act('today')
    expect(events).toContainEqual(['openPlace', { target: 'today' }])
    await core.dispatch('reminders:set', { keepInTray: false }, 'window')
    expect(services.tray.menu).toBeNull()
  })
})
