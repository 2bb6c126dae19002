import { useState } from 'react'
import { visibleSkills } from '../../../../shared/curriculum/access'
import { useCurriculum } from '../../state/curriculum'
import { isDayKey, middayOf } from '../../../../shared/calendar/days'
import { formatDay } from '../../../../shared/calendar/format'
import { useStore } from '../../state/store'
import { failureOf } from '../../state/call'
import { useToday } from '../../use-clock'
import { SkillSelect } from '../common/SkillSelect'
import { FormFeedback } from '../common/FormFeedback'

/** Logs study time by hand for a day (counted on that local day). */
export function ManualLogForm() {
  const logTime = useStore((s) => s.study.log)
  const firstSkill = visibleSkills(useCurriculum())[0]?.id ?? ''
  const [skillId, setSkillId] = useState(firstSkill)
  const { today, zone } = useToday()
  const [day, setDay] = useState(today)
  const [minutes, setMinutes] = useState('30')
  const [error, setError] = useState<string | null>(null)
  const [status, setStatus] = useState<string | null>(null)

  const submit = async (event: React.FormEvent): Promise<void> => {
    event.preventDefault()
    if (!isDayKey(day)) return setError('Pick a date.')
    if (day > today) return setError('Time can only be logged for today or earlier.')
    // Noon of the chosen day in the learner's zone: the entry counts on that day.
    const outcome = await logTime(skillId, middayOf(day, zone), Number(minutes))
    setError(failureOf(outcome))
    setStatus(outcome.ok ? `Logged ${minutes} minutes on ${formatDay(day)}.` : null)
  }

  return (
    <form className="panel manual-log" aria-labelledby="log-heading" onSubmit={(event) => void submit(event)}>
      <h2 id="log-heading">Log time by hand</h2>
      <div className="form-row">
        <SkillSelect id="log-skill" label="Skill" value={skillId} onChange={setSkillId} focusIntent="log-skill" />
        <label>
          Date
          <input type="date" value={day} max={today} onChange={(event) => setDay(event.target.value)} required />
        </label>
        <label>
          Minutes
          <input
            type="number"
            min={1}
            max={1440}
            step={1}
            value={minutes}
            onChange={(event) => setMinutes(event.target.value)}
            required
          />
        </label>
        <button type="submit" className="primary">
          Log time
        </button>
      </div>
      <FormFeedback error={error} status={status} />
    </form>
  )
}
