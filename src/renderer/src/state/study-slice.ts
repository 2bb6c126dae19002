import type { StateCreator } from 'zustand'
import type { StudySession } from '../../../shared/model'
import { call, messageOf } from './call'
import type { Store } from './store'

/** Study log actions; each resolves to an error message for the UI, or null on success. */
export interface StudySlice {
  startTimer: (skillId: string) => Promise<string | null>
  stopTimer: () => Promise<string | null>
  logTime: (skillId: string, start: Date, minutes: number) => Promise<string | null>
  removeSession: (id: string) => Promise<string | null>
  setStreakMinimum: (minutes: number) => Promise<string | null>
}

/** Puts sessions main answered into the held state, replacing ones with the same id. */
function withSessions(sessions: readonly StudySession[], changed: readonly StudySession[]): StudySession[] {
  const ids = new Set(changed.map((s) => s.id))
  return [...sessions.filter((s) => !ids.has(s.id)), ...changed].sort((a, b) => a.start.localeCompare(b.start))
}

export const createStudySlice: StateCreator<Store, [], [], StudySlice> = (set) => {
  const apply = (changed: StudySession[]): void =>
    set((s) => (s.data ? { data: { ...s.data, study: { ...s.data.study, sessions: withSessions(s.data.study.sessions, changed) } } } : {}))
  const attempt = async (what: string, run: () => Promise<void>): Promise<string | null> => {
    try {
      await run()
      return null
    } catch (error) {
      return `${what}: ${messageOf(error)}`
    }
  }
  return {
    startTimer: (skillId) =>
      attempt('Could not start the timer', async () => {
        const { session, stopped } = await call(window.api.study.start({ skillId }))
        apply(stopped ? [stopped, session] : [session])
      }),
    stopTimer: () => attempt('Could not stop the timer', async () => apply([await call(window.api.study.stop())])),
    logTime: (skillId, start, minutes) =>
      attempt('Could not log the time', async () => apply([await call(window.api.study.log({ skillId, start: start.toISOString(), minutes }))])),
    removeSession: (id) =>
      attempt('Could not remove the entry', async () => {
        await call(window.api.study.remove({ id }))
        set((s) => (s.data ? { data: { ...s.data, study: { ...s.data.study, sessions: s.data.study.sessions.filter((x) => x.id !== id) } } } : {}))
      }),
    setStreakMinimum: (minutes) =>
      attempt('Could not save the minimum', async () => {
        const { minMinutesPerDay } = await call(window.api.study.setMinimum({ minutes }))
        set((s) => (s.data ? { data: { ...s.data, study: { ...s.data.study, minMinutesPerDay } } } : {}))
      }),
  }
}
