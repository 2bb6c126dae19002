import { randomUUID } from 'node:crypto'
import type { HandlerContext } from './context'
import type { DomainHandlers } from './types'
import { AppError } from '../../shared/result'
import { requireSkill } from './skills'
import { MAX_SESSION_MINUTES, type StudySession } from '../../shared/schemas/study'
import type { AppState } from '../../shared/model'
import { putInTrash } from './trash'

/** The running timer's session, if any. */
function runningSession(state: AppState): StudySession | undefined {
  return state.study.sessions.find((session) => session.end === null)
}

/** A session of the log, read after the update that wrote it (it is there: the update just put it). */
function sessionById(state: AppState, id: string): StudySession {
  const session = state.study.sessions.find((s) => s.id === id)
  if (!session) throw new AppError('internal', 'The study session just written is missing.')
  return session
}

/**
 * Ends a running session at `now` (capped, so a timer forgotten overnight does not count a day).
 * The time is kept to the second: a 30-second run is half a minute, not 0 or 1.
 */
function finish(session: StudySession, now: Date): void {
  const seconds = Math.min(
    MAX_SESSION_MINUTES * 60,
    Math.max(0, Math.round((now.getTime() - new Date(session.start).getTime()) / 1000)),
  )
  session.minutes = seconds / 60
  session.end = new Date(new Date(session.start).getTime() + seconds * 1000).toISOString()
}

/** Study log handlers: one timer at a time, kept in the data file so it survives a restart. */
export function studyHandlers(ctx: HandlerContext): DomainHandlers<'study'> {
  return {
    async start({ skillId }) {
      requireSkill(ctx.store.state, skillId)
      const now = ctx.clock.now()
      const session: StudySession = {
        id: `s-${randomUUID()}`,
        skillId,
        start: now.toISOString(),
        end: null,
        minutes: 0,
        manual: false,
      }
      let stoppedId = null as string | null
      await ctx.store.update((state) => {
        const running = runningSession(state)
        if (running) {
          finish(running, now)
          stoppedId = running.id
        }
        state.study.sessions.push(session)
      })
      return {
        session: { ...sessionById(ctx.store.state, session.id) },
        stopped: stoppedId === null ? null : { ...sessionById(ctx.store.state, stoppedId) },
      }
    },
    async stop() {
      let stoppedId = ''
      await ctx.store.update((state) => {
        const running = runningSession(state)
        if (!running) throw new AppError('conflict', 'No timer is running.')
        finish(running, ctx.clock.now())
        stoppedId = running.id
      })
      return { ...sessionById(ctx.store.state, stoppedId) }
    },
    async log({ skillId, start, minutes }) {
      requireSkill(ctx.store.state, skillId)
      if (new Date(start).getTime() > ctx.clock.now().getTime() + 24 * 3_600_000)
        throw new AppError('invalid-payload', 'Time can only be logged for today or earlier.')
      const end = new Date(new Date(start).getTime() + minutes * 60_000).toISOString()
      const session: StudySession = {
        id: `s-${randomUUID()}`,
        skillId,
        start: new Date(start).toISOString(),
        end,
        minutes,
        manual: true,
      }
      await ctx.store.update((state) => void state.study.sessions.push(session))
      return { ...sessionById(ctx.store.state, session.id) }
    },
    async remove({ id }) {
      await ctx.store.update((state) => {
        const index = state.study.sessions.findIndex((session) => session.id === id)
        if (index < 0) throw new AppError('not-found', 'That session is not in the log.')
        const [session] = state.study.sessions.splice(index, 1)
        if (session) putInTrash(state, { kind: 'session', session, index }, ctx.clock.now())
      })
      return null
    },
    async setMinimum({ minutes }) {
      await ctx.store.update((state) => void (state.study.minMinutesPerDay = minutes))
      return { minMinutesPerDay: minutes }
    },
  }
}
