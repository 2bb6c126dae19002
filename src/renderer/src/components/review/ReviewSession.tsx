import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { ReviewCard } from '../../../../shared/curriculum/cards'
import { skillOf } from '../../../../shared/curriculum/access'
import { useCurriculum } from '../../state/curriculum'
import { formatInterval, GRADE_LABELS, GRADES, previewIntervals } from '../../../../shared/review/schedule'
import type { Grade } from '../../../../shared/model'
import { useStore } from '../../state/store'
import { isTyping } from '../common/focus'
import { FormFeedback } from '../common/FormFeedback'
import { NoteLink } from './NoteLink'

const KEY_GRADES: Record<string, Grade> = { '1': 1, '2': 2, '3': 3, '4': 4, a: 1, h: 2, g: 3, e: 4 }

/**
 * One review session, keyboard first: Space shows the answer, 1-4 (or A/H/G/E) answers.
 * A card answered Again comes back at the end of the session.
 */
export function ReviewSession({ cards, onEnd }: { cards: readonly ReviewCard[]; onEnd: (answered: number) => void }) {
  const [queue, setQueue] = useState<readonly ReviewCard[]>(cards)
  const [revealed, setRevealed] = useState(false)
  const [answered, setAnswered] = useState(0)
  const [error, setError] = useState<string | null>(null)
  const busy = useRef(false)
  const cardRef = useRef<HTMLDivElement>(null)
  const doneRef = useRef<HTMLButtonElement>(null)
  const rateCard = useStore((s) => s.review.rate)
  const curriculum = useCurriculum()
  const current = queue[0]
  const stored = useStore((s) => (current ? s.data?.review.cards[current.id] : undefined))
  const preview = useMemo(() => (current ? previewIntervals(stored, new Date()) : null), [current, stored])

  const reveal = useCallback(() => {
    setRevealed(true)
    cardRef.current?.focus()
  }, [])

  const answer = useCallback(
    async (grade: Grade) => {
      if (!current || !revealed || busy.current) return
      busy.current = true
      const outcome = await rateCard(current.id, grade)
      busy.current = false
      if (!outcome.ok) return setError(outcome.message)
      setError(null)
      setAnswered((n) => n + 1)
      setQueue((q) => (grade === 1 ? [...q.slice(1), current] : q.slice(1)))
      setRevealed(false)
      cardRef.current?.focus()
    },
    [current, revealed, rateCard],
  )

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event) || document.querySelector('dialog[open]')) return
      const onButton = event.target instanceof HTMLButtonElement
      if (event.key === 'Escape') return void onEnd(answered)
      if (event.key === ' ' && !onButton && !revealed) {
        event.preventDefault()
        reveal()
        return
      }
      const grade = KEY_GRADES[event.key.toLowerCase()]
      if (grade && revealed) {
        event.preventDefault()
        void answer(grade)
      }
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [answer, reveal, revealed, onEnd, answered])

  useEffect(() => {
    if (current) cardRef.current?.focus()
    else doneRef.current?.focus()
  }, [current])

  if (!current) {
    return (
      <section className="review-session" aria-labelledby="session-heading">
        <h2 id="session-heading">Session complete</h2>
        <p role="status">
          You answered {answered} {answered === 1 ? 'card' : 'cards'}. The scheduler will bring each back when it is due.
        </p>
        <button ref={doneRef} type="button" className="primary" onClick={() => onEnd(answered)}>
          Back to the overview
        </button>
      </section>
    )
  }

  return (
    <section className="review-session" aria-labelledby="session-heading">
      <h2 id="session-heading">Review session</h2>
      <p className="session-progress">
        {answered} answered, {queue.length} to go
      </p>
      <div ref={cardRef} className="flashcard" tabIndex={-1} aria-live="polite" aria-label="Current card">
        <p className="card-skill">{skillOf(curriculum, current.skillId)?.title ?? 'Your card'}</p>
        <p className="card-front">{current.front}</p>
        {revealed ? (
          <p className="card-back">
            <span className="visually-hidden">Answer: </span>
            {current.back}
          </p>
        ) : null}
      </div>
      <NoteLink card={current} />
      <FormFeedback error={error} />
      {revealed ? (
        <div className="grade-buttons" role="group" aria-label="How well did you remember?">
          {GRADES.map((grade) => (
            <button key={grade} type="button" className={`grade grade-${grade}`} onClick={() => void answer(grade)} aria-keyshortcuts={`${grade} ${GRADE_LABELS[grade][0]}`}>
              <span className="grade-label">{GRADE_LABELS[grade]}</span>
              <span className="grade-next">{preview ? formatInterval(preview[grade]) : ''}</span>
              <kbd>{grade}</kbd>
            </button>
          ))}
        </div>
      ) : (
        <button type="button" className="primary reveal" onClick={reveal} aria-keyshortcuts="Space">
          Show answer <kbd>Space</kbd>
        </button>
      )}
      <p>
        <button type="button" onClick={() => onEnd(answered)} aria-keyshortcuts="Escape">
          End session <kbd>Esc</kbd>
        </button>
      </p>
    </section>
  )
}
