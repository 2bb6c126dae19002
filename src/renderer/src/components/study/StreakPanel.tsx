import { useRef, useState } from 'react'
import type { Streak } from '../../../../shared/study/streak'
import { formatMinutes } from '../../../../shared/study/time-words'
import { useStore } from '../../state/store'
import { failureOf } from '../../state/call'
import { useFocusIntent } from '../../state/intent'
import { FormFeedback } from '../common/FormFeedback'

/** The current and longest streak, today's minutes, and the daily minimum the learner sets. */
export function StreakPanel({ streak }: { streak: Streak }) {
  const minimum = useStore((s) => s.data?.study.minMinutesPerDay ?? 15)
  const setStreakMinimum = useStore((s) => s.study.setMinimum)
  const [draft, setDraft] = useState(String(minimum))
  const [error, setError] = useState<string | null>(null)
  const [status, setStatus] = useState<string | null>(null)
  const input = useRef<HTMLInputElement>(null)
  useFocusIntent('streak-minimum', input)
  const days = (n: number): string => `${n} ${n === 1 ? 'day' : 'days'}`

  return (
    <section className="panel streak" aria-labelledby="streak-heading">
      <h2 id="streak-heading">Streak</h2>
      <ul className="stat-row">
        <li>
          <strong>{days(streak.current)}</strong> current streak
        </li>
        <li>
          <strong>{days(streak.longest)}</strong> longest
        </li>
        <li>
          <strong>{formatMinutes(streak.todayMinutes)}</strong> today{' '}
          {streak.todayCounts ? '(counts)' : `(of ${minimum} needed)`}
        </li>
      </ul>
      <form
        className="form-row"
        onSubmit={(event) => {
          event.preventDefault()
          void setStreakMinimum(Number(draft)).then((outcome) => {
            setError(failureOf(outcome))
            setStatus(outcome.ok ? `A day now counts from ${draft} minutes.` : null)
          })
        }}
      >
        <label>
          Minutes a day to count
          <input
            ref={input}
            id="streak-minimum"
            type="number"
            min={1}
            max={1440}
            step={1}
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            required
          />
        </label>
        <button type="submit">Save minimum</button>
      </form>
      <FormFeedback error={error} status={status} />
    </section>
  )
}
