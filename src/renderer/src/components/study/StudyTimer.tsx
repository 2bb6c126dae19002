import { useState } from 'react'
import { skillOf, visibleSkills } from '../../../../shared/curriculum/access'
import { useCurriculum } from '../../state/curriculum'
import { systemTimeZone } from '../../../../shared/calendar/days'
import { formatTime } from '../../../../shared/calendar/format'
import { useStore } from '../../state/store'
import { failureOf } from '../../state/call'
import { SkillSelect } from '../common/SkillSelect'
import { FormFeedback } from '../common/FormFeedback'
import { elapsedClock, useElapsed, useRunningSession, useStopTimer } from './running-timer'

/** Start/stop a study timer on a skill. The running timer lives in the data file, so it survives a restart. */
export function StudyTimer() {
  const running = useRunningSession()
  const elapsed = useElapsed(running)
  const startTimer = useStore((s) => s.study.start)
  const stopTimer = useStopTimer()
  const curriculum = useCurriculum()
  const skillById = (id: string) => skillOf(curriculum, id)
  const [skillId, setSkillId] = useState(visibleSkills(curriculum)[0]?.id ?? '')
  const [error, setError] = useState<string | null>(null)
  const [status, setStatus] = useState<string | null>(null)

  const start = async (): Promise<void> => {
    const outcome = await startTimer(skillId)
    setError(failureOf(outcome))
    if (outcome.ok) {
      setStatus(`Timer started on ${skillById(skillId)?.title}.`)
      requestAnimationFrame(() => document.getElementById('timer-stop')?.focus())
    }
  }
  const stop = async (): Promise<void> => {
    const stopped = await stopTimer()
    setError(stopped.error)
    if (stopped.status) {
      setStatus(stopped.status)
      requestAnimationFrame(() => document.getElementById('timer-skill')?.focus())
    }
  }

  return (
    <section className="panel study-timer" aria-labelledby="timer-heading">
      <h2 id="timer-heading">Study timer</h2>
      {running ? (
        <div className="timer-running">
          <p>
            Studying <strong>{skillById(running.skillId)?.title}</strong> since{' '}
            {formatTime(running.start, systemTimeZone())}
          </p>
          <p className="timer-clock" aria-label="Elapsed time">
            <span aria-hidden="true">{elapsedClock(elapsed)}</span>
            <span className="visually-hidden">{Math.floor(elapsed / 60_000)} minutes</span>
          </p>
          <button id="timer-stop" type="button" className="primary" onClick={() => void stop()}>
            Stop timer
          </button>
        </div>
      ) : (
        <div className="form-row">
          <SkillSelect id="timer-skill" label="Skill" value={skillId} onChange={setSkillId} focusIntent="timer-skill" />
          <button type="button" className="primary" onClick={() => void start()}>
            Start timer
          </button>
        </div>
      )}
      <FormFeedback error={error} status={status} />
    </section>
  )
}
