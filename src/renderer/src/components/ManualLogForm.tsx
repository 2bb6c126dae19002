import { useState } from 'react'
import { SKILLS } from '../../../shared/curriculum/skills'
import { useStore } from '../state/store'
import { SkillSelect } from './SkillSelect'
import { FormFeedback } from './FormFeedback'

/** Today as YYYY-MM-DD in the local zone, for the date input. */
function localToday(): string {
  const d = new Date()
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

/** Logs study time by hand for a day (counted on that local day). */
export function ManualLogForm() {
  const logTime = useStore((s) => s.logTime)
  const [skillId, setSkillId] = useState(SKILLS[0]?.id ?? '')
  const [day, setDay] = useState(localToday)
  const [minutes, setMinutes] = useState('30')
  const [error, setError] = useState<string | null>(null)
  const [status, setStatus] = useState<string | null>(null)

  const submit = async (event: React.FormEvent): Promise<void> => {
    event.preventDefault()
    const [y, m, d] = day.split('-').map(Number)
    if (!y || !m || !d) return setError('Pick a date.')
    if (day > localToday()) return setError('Time can only be logged for today or earlier.')
    // Local noon of the chosen day: the entry counts on that day in the learner's zone.
    const failed = await logTime(skillId, new Date(y, m - 1, d, 12), Number(minutes))
    setError(failed)
    setStatus(failed ? null : `Logged ${minutes} minutes on ${day}.`)
  }

  return (
    <form className="panel manual-log" aria-labelledby="log-heading" onSubmit={(event) => void submit(event)}>
      <h2 id="log-heading">Log time by hand</h2>
      <div className="form-row">
        <SkillSelect id="log-skill" label="Skill" value={skillId} onChange={setSkillId} />
        <label>
          Date
          <input type="date" value={day} max={localToday()} onChange={(event) => setDay(event.target.value)} required />
        </label>
        <label>
          Minutes
          <input type="number" min={1} max={1440} step={1} value={minutes} onChange={(event) => setMinutes(event.target.value)} required />
        </label>
        <button type="submit" className="primary">
          Log time
        </button>
      </div>
      <FormFeedback error={error} status={status} />
    </form>
  )
}
