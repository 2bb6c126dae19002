import type { StateCreator } from 'zustand'
import type { StudySession } from '../../../shared/model'
import { call, patchData, type Outcome } from './call'
import type { Store } from './store'
import { offeringUndo } from './undo-slice'
import { skillOf } from '../../../shared/curriculum/access'
import { curriculumOf } from './curriculum'
import { formatMinutes } from '../../../shared/study/time-words'

/** Study log actions; a failure comes back as the message the form shows. */
export interface StudySlice {
  study: {
    start: (skillId: string) => Promise<Outcome>
    stop: () => Promise<Outcome>
    log: (skillId: string, start: Date, minutes: number) => Promise<Outcome>
    remove: (id: string) => Promise<Outcome>
    setMinimum: (minutes: number) => Promise<Outcome>
  }
}

/** Puts sessions main answered into the held state, replacing ones with the same id. */
function withSessions(sessions: readonly StudySession[], changed: readonly StudySession[]): StudySession[] {
  const ids = new Set(changed.map((s) => s.id))
  return [...sessions.filter((s) => !ids.has(s.id)), ...changed].sort((a, b) => a.start.localeCompare(b.start))
}

/** The study slice: study log actions. */
export const createStudySlice: StateCreator<Store, [], [], StudySlice> = (set, get) => {
  const sessions = (change: (sessions: StudySession[]) => StudySession[]): void =>
    patchData(set, 'study', (study) => ({ ...study, sessions: change(study.sessions) }))
  const take = (changed: StudySession[]): void => sessions((all) => withSessions(all, changed))
  return {
    study: {
      start: (skillId) =>
        call(
          'study.start',
          { skillId },
          {
            apply: ({ session, stopped }) => take(stopped ? [stopped, session] : [session]),
            failure: 'Could not start the timer',
          },
        ),
      stop: () =>
        call('study.stop', undefined, { apply: (session) => take([session]), failure: 'Could not stop the timer' }),
      log: (skillId, start, minutes) =>
        call(
          'study.log',
          { skillId, start: start.toISOString(), minutes },
          { apply: (session) => take([session]), failure: 'Could not log the time' },
        ),
      remove: (id) => {
        const session = get().data?.study.sessions.find((x) => x.id === id)
        const what = session
          ? `${formatMinutes(session.minutes)} of ${skillOf(curriculumOf(get()), session.skillId)?.title ?? 'study'}`
          : 'the session'
        return offeringUndo(
          get,
          `Removed ${what} from the log.`,
          id,
          call(
            'study.remove',
            { id },
            { apply: () => sessions((all) => all.filter((x) => x.id !== id)), failure: 'Could not remove the entry' },
          ),
        )
      },
      setMinimum: (minutes) =>
        call(
          'study.setMinimum',
          { minutes },
          {
            apply: ({ minMinutesPerDay }) => patchData(set, 'study', (study) => ({ ...study, minMinutesPerDay })),
            failure: 'Could not save the minimum',
          },
        ),
    },
  }
}
