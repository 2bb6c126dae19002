import type { Clock } from '../clock'
import type { Dispatch, Logger } from '../router'
import type { Services } from '../services'
import type { DataStore } from '../store/data-store'
import type { AppState } from '../../shared/model'
import type { EventName, EventPayload } from '../../shared/contract'
import { dayOf } from '../../shared/calendar/days'
import { skillLabel } from '../../shared/curriculum/skill-label'
import { reminderFacts } from '../../shared/reminders/facts'
import { reminderDue, type Reminder } from '../../shared/reminders/rules'
import { trayMenu, type TimerFacts, type TrayAction } from './tray-menu'

/** How often reminders are weighed and the tray's timer is brought up to date. */
export const CHECK_EVERY_MS = 60_000

/** Today's share of the plan in minutes at `now`, or null without a plan (the planner answers it). */
export type ShareOfToday = (state: AppState, now: Date, timeZone: string) => number | null

/** The last skill timed (by the timer, on a skill still there), for the tray's "Start timer". */
function lastTimedSkill(state: AppState): string | null {
  let latest: { skillId: string; start: string } | null = null
  for (const s of state.study.sessions)
    if (!s.manual && skillLabel(state.curriculum, s.skillId) !== '' && (!latest || s.start > latest.start)) latest = s
  return latest?.skillId ?? null
}

/** The tray's view of the study timer: the running session, or the skill last timed. */
export function timerFacts(state: AppState, now: Date): TimerFacts {
  const running = state.study.sessions.find((session) => session.end === null)
  const label = (skillId: string): string => skillLabel(state.curriculum, skillId) || 'a skill'
  if (running)
    return {
      running: { skill: label(running.skillId), minutes: (now.getTime() - Date.parse(running.start)) / 60_000 },
      next: null,
    }
  const next = lastTimedSkill(state)
  return { running: null, next: next === null ? null : label(next) }
}

/** What the scheduler works with: the store, the clock, the desktop services, the channels (for the tray's timer) and the renderer. */
export interface SchedulerDeps {
  store: DataStore
  clock: Clock
  services: Services
  dispatch: Dispatch
  emit: <E extends EventName>(event: E, payload: EventPayload<E>) => void
  log: Logger
  shareOfToday: ShareOfToday
}

/**
 * Main's reminder loop: once a minute it weighs the rules on the state and the clock and shows at
 * most one notification through the services, recording the day it was shown; it also keeps the
 * tray's menu current while the learner keeps the app in the tray.
 */
export class ReminderScheduler {
  readonly #deps: SchedulerDeps
  #timer: ReturnType<typeof setInterval> | null = null
  #stopFollowing: (() => void) | null = null
  #trayShown = 'null'

  constructor(deps: SchedulerDeps) {
    this.#deps = deps
  }

  /** Checks once a minute and follows the state for the tray, until stop(). */
  start(): void {
    if (this.#timer) return
    this.#timer = setInterval(() => void this.tick(), CHECK_EVERY_MS)
    // A pending check never keeps a test process or a quitting app alive.
    this.#timer.unref?.()
    this.#stopFollowing = this.#deps.store.subscribe(() => this.refreshTray())
    this.refreshTray()
  }

  /** One minute's work: the reminders, then the tray's timer. */
  async tick(): Promise<void> {
    await this.check().catch((error: unknown) => this.#deps.log('reminder check failed', error))
    this.refreshTray()
  }

  /** Shows the reminder the rules call for now, if any, once its day is recorded; answers it. */
  async check(): Promise<Reminder | null> {
    const { store, clock, services, emit } = this.#deps
    const settings = store.state.device.reminders
    if (!settings.enabled) return null
    const [now, zone] = [clock.now(), clock.timeZone()]
    // The plan is worked out only when its reminder is on: the other kinds do not need it.
    const share = settings.kinds.todayShare ? this.#deps.shareOfToday(store.state, now, zone) : null
    const facts = reminderFacts(store.state, now, zone, share)
    const reminder = reminderDue(settings, facts)
    if (!reminder) return null
    // Recorded first: a reminder whose day could not be saved would come again each minute.
    await store.update((state) => void (state.device.reminders.shown[reminder.kind] = dayOf(now, zone)), {
      kind: 'internal',
    })
    services.showNotification({ title: reminder.title, body: reminder.body }, () =>
      emit('openPlace', { target: reminder.target }),
    )
    return reminder
  }

  /** Shows the tray's menu as the state has it now, or takes the tray away when the learner does not keep the app there. */
  refreshTray(): void {
    const state = this.#deps.store.state
    const menu = state.device.reminders.keepInTray ? trayMenu(timerFacts(state, this.#deps.clock.now())) : null
    const shown = JSON.stringify(menu)
    if (shown === this.#trayShown) return
    this.#trayShown = shown
    try {
      this.#deps.services.setTray(menu, (action) => void this.act(action))
    } catch (error) {
      this.#deps.log('tray not updated', error)
    }
  }

  /** Does what a tray item asks (opening the window and quitting are the shell's own). */
  async act(action: TrayAction): Promise<void> {
    const { dispatch, emit, store, log } = this.#deps
    if (action === 'review' || action === 'today') return emit('openPlace', { target: action })
    const result =
      action === 'timer-stop'
        ? await dispatch('study:stop', undefined)
        : action === 'timer-start'
          ? await dispatch('study:start', { skillId: lastTimedSkill(store.state) })
          : null
    if (result && !result.ok) log(`tray ${action} failed: ${result.error.message}`)
  }

  /** Stops checking and takes the tray away. */
  stop(): void {
    if (this.#timer) clearInterval(this.#timer)
    this.#timer = null
    this.#stopFollowing?.()
    this.#stopFollowing = null
    if (this.#trayShown !== 'null') this.#deps.services.setTray(null, () => undefined)
    this.#trayShown = 'null'
  }
}
