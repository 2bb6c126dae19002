import { useEffect, useState } from 'react'
import { skillOf, visibleSkills } from '../../../../shared/curriculum/access'
import { useCurriculum } from '../../state/curriculum'
import { systemTimeZone } from '../../../../shared/calendar/days'
import { formatTime } from '../../../../shared/calendar/format'
import { useStore } from '../../state/store'
import { failureOf } from '../../state/call'
import { SkillSelect } from '../common/SkillSelect'
import { FormFeedback } from '../common/FormFeedback'

/** "h:mm:ss" of a duration. */
function clock(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000))
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const s = total % 60
  return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`
}

/** Start/stop a study timer on a skill. The running timer lives in the data file, so it survives a restart. */
export function StudyTimer() {
  const running = useStore((s) => s.data?.study.sessions.find((x) => x.end === null))
  const startTimer = useStore((s) => s.study.start)
  const stopTimer = useStore((s) => s.study.stop)
  const curriculum = useCurriculum()
  const skillById = (id: string) => skillOf(curriculum, id)
  const [skillId, setSkillId] = useState(visibleSkills(curriculum)[0]?.id ?? '')
  const [now, setNow] = useState(() => Date.now())
  const [error, setError] = useState<string | null>(null)
  const [status, setStatus] = useState<string | null>(null)

  useEffect(() => {
    if (!running) return
    const timer = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(timer)
  }, [running])

  const start = async (): Promise<void> => {
    const outcome = await startTimer(skillId)
    setError(failureOf(outcome))
    setNow(Date.now())
    if (outcome.ok) {
      setStatus(`Timer started on ${skillById(skillId)?.title}.`)
      requestAnimationFrame(() => document.getElementById('timer-stop')?.focus())
    }
  }
  const stop = async (): Promise<void> => {
    const title = running ? skillById(running.skillId)?.title : ''
    const outcome = await stopTimer()
    setError(failureOf(outcome))
    if (outcome.ok) {
      setStatus(`Timer stopped on ${title}. The time is in your log.`)
      requestAnimationFrame(() => document.getElementById('timer-skill')?.focus())
    }
  }

  return (
    <section className="panel study-timer" aria-labelledby="timer-heading">
      <h2 id="timer-heading">Study timer</h2>
      {running ? (
        <div className="timer-running">
          <p>
            Studying <strong>{skillById(running.skillId)?.title}</strong> since {formatTime(running.start, systemTimeZone())}
          </p>
          <p className="timer-clock" aria-label="Elapsed time">
            <span aria-hidden="true">{clock(now - new Date(running.start).getTime())}</span>
            <span className="visually-hidden">{Math.floor((now - new Date(running.start).getTime()) / 60_000)} minutes</span>
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
