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
import { SessionSummary, type Tally } from './SessionSummary'
import { withPictureLabels } from '../../../../shared/attachments/picture-markdown'

const KEY_GRADES: Record<string, Grade> = { '1': 1, '2': 2, '3': 3, '4': 4, a: 1, h: 2, g: 3, e: 4 }
const NO_ANSWERS: Tally = { 1: 0, 2: 0, 3: 0, 4: 0 }

/**
 * One review session as a view of its own, keyboard first: Space shows the answer, 1-4 (or
 * A/H/G/E) answers, Esc ends it. A card answered Again comes back at the end of the session.
 * It ends on a summary (once anything was answered); `ahead` says the cards were not due yet.
 */
export function ReviewSession({
  cards,
  ahead = false,
  onEnd,
}: {
  cards: readonly ReviewCard[]
  ahead?: boolean
  onEnd: (answered: number) => void
}) {
  const [queue, setQueue] = useState<readonly ReviewCard[]>(cards)
  const [revealed, setRevealed] = useState(false)
  const [tally, setTally] = useState<Tally>(NO_ANSWERS)
  const [seen, setSeen] = useState<ReadonlySet<string>>(new Set())
  const [stopped, setStopped] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const busy = useRef(false)
  const cardRef = useRef<HTMLDivElement>(null)
  const rateCard = useStore((s) => s.review.rate)
  const curriculum = useCurriculum()
  const answered = GRADES.reduce((sum, grade) => sum + tally[grade], 0)
  const current = stopped ? undefined : queue[0]
  const stored = useStore((s) => (current ? s.data?.review.cards[current.id] : undefined))
  const preview = useMemo(() => (current ? previewIntervals(stored, new Date()) : null), [current, stored])

  const reveal = useCallback(() => {
    setRevealed(true)
    cardRef.current?.focus()
  }, [])

  // Esc or End session: the summary when something was answered, else straight back.
  const end = useCallback(() => (answered > 0 ? setStopped(true) : onEnd(0)), [answered, onEnd])

  const answer = useCallback(
    async (grade: Grade) => {
      if (!current || !revealed || busy.current) return
      busy.current = true
      const outcome = await rateCard(current.id, grade)
      busy.current = false
      if (!outcome.ok) return setError(outcome.message)
      setError(null)
      setTally((t) => ({ ...t, [grade]: t[grade] + 1 }))
      setSeen((s) => new Set(s).add(current.id))
      setQueue((q) => (grade === 1 ? [...q.slice(1), current] : q.slice(1)))
      setRevealed(false)
      cardRef.current?.focus()
    },
    [current, revealed, rateCard],
  )

  useEffect(() => {
    if (!current) return
    const onKey = (event: KeyboardEvent): void => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event) || document.querySelector('dialog[open]'))
        return
      const onButton = event.target instanceof HTMLButtonElement
      if (event.key === 'Escape') return void end()
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
  }, [current, answer, reveal, revealed, end])

  useEffect(() => {
    if (current) cardRef.current?.focus()
  }, [current])

  if (!current) return <SessionSummary cards={seen.size} tally={tally} onDone={() => onEnd(answered)} />

  return (
    <section className="view review-focus" aria-labelledby="session-heading">
      <header className="focus-bar">
        <h1 id="session-heading">{ahead ? 'Studying ahead' : 'Review session'}</h1>
        <p className="session-progress">
          {answered} answered, {queue.length} to go
        </p>
        <button type="button" onClick={end} aria-keyshortcuts="Escape">
          End session <kbd>Esc</kbd>
        </button>
      </header>
      <div ref={cardRef} className="flashcard" tabIndex={-1} aria-live="polite" aria-label="Current card">
        <p className="card-skill">{skillOf(curriculum, current.skillId)?.title ?? 'Your card'}</p>
        <p className="card-front">{withPictureLabels(current.front)}</p>
        {revealed ? (
          <p className="card-back">
            <span className="visually-hidden">Answer: </span>
            {withPictureLabels(current.back)}
          </p>
        ) : null}
      </div>
      <NoteLink card={current} />
      <FormFeedback error={error} />
      {revealed ? (
        <div className="grade-buttons" role="group" aria-label="How well did you remember?">
          {GRADES.map((grade) => (
            <button
              key={grade}
              type="button"
              className={`grade grade-${grade}`}
              onClick={() => void answer(grade)}
              aria-keyshortcuts={`${grade} ${GRADE_LABELS[grade][0]}`}
            >
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
    </section>
  )
}
