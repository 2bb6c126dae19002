import { useEffect, useMemo, useRef } from 'react'
import { GRADE_LABELS, GRADES } from '../../../../shared/review/schedule'
import { dueByTomorrow, NEW_CARDS_PER_DAY } from '../../../../shared/review/queue'
import type { Grade } from '../../../../shared/model'
import { useStore } from '../../state/store'
import { useCurriculum } from '../../state/curriculum'
import { useToday } from '../../use-clock'

/** How many answers a session gave per grade. */
export type Tally = Record<Grade, number>

const cardWord = (n: number): string => `${n} ${n === 1 ? 'card' : 'cards'}`

/** The end of a review session: how many cards, how the answers went per grade, and what tomorrow holds. */
export function SessionSummary({ cards, tally, onDone }: { cards: number; tally: Tally; onDone: () => void }) {
  const review = useStore((s) => s.data?.review)
  const curriculum = useCurriculum()
  const { now, zone } = useToday()
  const done = useRef<HTMLButtonElement>(null)
  const answers = GRADES.reduce((sum, grade) => sum + tally[grade], 0)
  const tomorrow = useMemo(
    () => (review ? dueByTomorrow(review, curriculum, now, zone) : 0),
    [review, curriculum, now, zone],
  )

  useEffect(() => done.current?.focus(), [])
  // Esc leaves the summary as it leaves the session.
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Escape' && !document.querySelector('dialog[open]')) onDone()
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [onDone])

  return (
    <section className="view review-focus review-summary" aria-labelledby="session-heading">
      <h1 id="session-heading">Session complete</h1>
      <p role="status" className="summary-lead">
        You reviewed {cardWord(cards)}
        {answers > cards ? ` (${answers} answers, as a card answered Again comes back)` : ''}.
      </p>
      <ul className="summary-grades" aria-label="Answers per grade">
        {GRADES.map((grade) => (
          <li key={grade} className={`grade-${grade}`}>
            <strong>{tally[grade]}</strong> {GRADE_LABELS[grade]}
          </li>
        ))}
      </ul>
      <p className="summary-next">
        Due by the end of tomorrow: <strong>{cardWord(tomorrow)}</strong>, plus up to {NEW_CARDS_PER_DAY} new ones.
      </p>
      <button ref={done} type="button" className="primary" onClick={onDone}>
        Back to the overview
      </button>
    </section>
  )
}
