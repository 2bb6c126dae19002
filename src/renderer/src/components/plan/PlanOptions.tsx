import { useId, useRef, useState, type FormEvent } from 'react'
import type { PlanView } from '../../../../shared/plan/schema'
import { levelOf } from '../../../../shared/curriculum/access'
import { useCurriculum } from '../../state/curriculum'
import { useStore } from '../../state/store'
import { useFocusIntent } from '../../state/intent'
import { failureOf } from '../../state/call'
import { FieldError } from '../common/FormFeedback'
import { TargetDate } from '../levels/TargetDate'

/** The week's days as the plan counts them, 0 Monday ... 6 Sunday. */
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const
const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const

/** Hours a week: saved with Enter or the Save button; what main refuses is said under the field. */
function HoursField({ hours }: { hours: number | null }) {
  const id = useId()
  const setOptions = useStore((s) => s.plan.setOptions)
  const [draft, setDraft] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const input = useRef<HTMLInputElement>(null)
  useFocusIntent('plan-hours', input)
  const save = async (event: FormEvent): Promise<void> => {
    event.preventDefault()
    if (draft === null) return
    const value = Number(draft.replace(',', '.'))
    const outcome = await setOptions({ hoursPerWeek: draft.trim() === '' ? Number.NaN : value })
    setError(failureOf(outcome))
    if (outcome.ok) setDraft(null)
  }
  return (
    <form className="plan-field" onSubmit={(event) => void save(event)} noValidate>
      <label htmlFor={`${id}-hours`}>Hours a week</label>
      <div className="plan-field-row">
        <input
          ref={input}
          id={`${id}-hours`}
          type="number"
          inputMode="decimal"
          min={0.5}
          max={112}
          step={0.5}
          value={draft ?? (hours === null ? '' : String(hours))}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => setDraft(event.target.value)}
        />
        <button type="submit" disabled={draft === null}>
          Save
        </button>
      </div>
      <FieldError id={`${id}-error`} error={error} />
    </form>
  )
}

/** The days of the week the learner studies on; each change re-plans at once. */
function StudyDays({ days }: { days: number[] }) {
  const setOptions = useStore((s) => s.plan.setOptions)
  const [error, setError] = useState<string | null>(null)
  const toggle = async (day: number, on: boolean): Promise<void> => {
    const next = on ? [...days, day].sort((a, b) => a - b) : days.filter((d) => d !== day)
    setError(failureOf(await setOptions({ studyDays: next })))
  }
  return (
    <fieldset className="plan-field plan-days-field">
      <legend>Study days</legend>
      <div className="plan-weekdays">
        {WEEKDAYS.map((name, day) => (
          <label key={name} className="plan-weekday" title={WEEKDAY_NAMES[day]}>
            <input
              type="checkbox"
              checked={days.includes(day)}
              aria-label={WEEKDAY_NAMES[day]}
              onChange={(event) => void toggle(day, event.target.checked)}
            />
            <span aria-hidden="true">{name}</span>
          </label>
        ))}
      </div>
      <FieldError error={error} />
    </fieldset>
  )
}

/** What the plan is made from: the current level's target date, hours a week and study days. */
export function PlanOptions({ plan }: { plan: PlanView }) {
  const level = levelOf(useCurriculum(), plan.level)
  const [dateError, setDateError] = useState<string | null>(null)
  return (
    <section className="plan-card plan-options" aria-labelledby="plan-options-heading">
      <h2 id="plan-options-heading">Your time</h2>
      <TargetDate level={plan.level} levelTitle={level.title} shown onError={setDateError} />
      <FieldError error={dateError} />
      <HoursField hours={plan.options.hoursPerWeek} />
      <StudyDays days={plan.options.studyDays} />
    </section>
  )
}
