import { useEffect, useState } from 'react'
import type { StudySession } from '../../../../shared/model'
import { skillOf } from '../../../../shared/curriculum/access'
import { curriculumOf } from '../../state/curriculum'
import { useStore } from '../../state/store'
import { failureOf } from '../../state/call'

/** "h:mm:ss" of a duration. */
export function elapsedClock(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000))
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const s = total % 60
  return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`
}

/** The study timer that is running (the session without an end), if any. */
export function useRunningSession(): StudySession | undefined {
  return useStore((s) => s.data?.study.sessions.find((x) => x.end === null))
}

/** Milliseconds the running session has run, re-read every second while it runs. */
export function useElapsed(running: StudySession | undefined): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    if (!running) return
    const timer = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(timer)
  }, [running])
  // Until the first tick after a start, `now` may be older than the start.
  return running ? Math.max(0, now - new Date(running.start).getTime()) : 0
}

/** What stopping the timer came to: the error, or the line that says where the time went. */
export interface StopResult {
  error: string | null
  status: string | null
}

/** Stops the running timer (s.study.stop, which saves the session) and says how it went; the Study log and the shell both stop through it. */
export function useStopTimer(): () => Promise<StopResult> {
  const stopTimer = useStore((s) => s.study.stop)
  return async () => {
    const state = useStore.getState()
    const running = state.data?.study.sessions.find((x) => x.end === null)
    const title = running ? (skillOf(curriculumOf(state), running.skillId)?.title ?? running.skillId) : ''
    const outcome = await stopTimer()
    return {
      error: failureOf(outcome),
      status: outcome.ok ? `Timer stopped on ${title}. The time is in your log.` : null,
    }
  }
}
