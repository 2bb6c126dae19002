import { useState } from 'react'
import type { StudySession } from '../../../../shared/model'
import { skillOf } from '../../../../shared/curriculum/access'
import { useCurriculum } from '../../state/curriculum'
import { useStore } from '../../state/store'
import { elapsedClock, useElapsed, useRunningSession, useStopTimer, type StopResult } from '../study/running-timer'
import './shell-timer.css'

/**
 * The running study timer on every view: its skill, the time so far and Stop, which saves the
 * session as the Study log's Stop does. Its status line changes only when the timer starts or
 * stops; the clock ticking beside it is a timer role, which screen readers leave unannounced.
 */
export function ShellTimer() {
  const running = useRunningSession()
  const curriculum = useCurriculum()
  const elapsed = useElapsed(running)
  const stopTimer = useStopTimer()
  const view = useStore((s) => s.view)
  const sessions = useStore((s) => s.data?.study.sessions)
  const setIntent = useStore((s) => s.setIntent)
  // What Stop said, with the view and the sessions it was said on: another view or any change to the log (a new timer) retires it.
  const [last, setLast] = useState<{
    result: StopResult
    view: string
    sessions: readonly StudySession[] | undefined
  } | null>(null)
  const said = last && last.view === view && last.sessions === sessions ? last.result : null

  const stop = async (): Promise<void> => {
    const result = await stopTimer()
    setLast({ result, view: useStore.getState().view, sessions: useStore.getState().data?.study.sessions })
    // The button is gone once the timer stopped: focus goes back to the content.
    if (!result.error) setIntent('main')
  }
  const title = running ? (skillOf(curriculum, running.skillId)?.title ?? running.skillId) : ''
  return (
    <section
      className={`shell-timer${running ? ' shell-timer-running' : ''}`}
      aria-label="Running timer"
      hidden={!running && !said}
    >
      <p role="status" className="shell-timer-status">
        {running ? (
          <>
            <span className="shell-timer-kind">Studying</span> <strong className="shell-timer-skill">{title}</strong>
          </>
        ) : (
          (said?.status ?? '')
        )}
      </p>
      {running ? (
        <div className="shell-timer-row">
          <span role="timer" aria-label="Time so far" className="shell-timer-clock">
            <span aria-hidden="true">{elapsedClock(elapsed)}</span>
            <span className="visually-hidden">{Math.floor(elapsed / 60_000)} minutes</span>
          </span>
          <button type="button" className="shell-timer-stop" aria-label="Stop timer" onClick={() => void stop()}>
            Stop
          </button>
        </div>
      ) : null}
      {said?.error ? (
        <p role="alert" className="form-error">
          {said.error}
        </p>
      ) : null}
    </section>
  )
}
