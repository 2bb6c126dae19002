import { useCallback, useMemo, useRef, useState } from 'react'
import { skillOf } from '../../../shared/curriculum/access'
import { useCurriculum } from '../state/curriculum'
import { buildQueue, cardCounts, NEW_CARDS_PER_DAY } from '../../../shared/review/queue'
import { skillsNeedingRevisit } from '../../../shared/review/cards-of'
import type { ReviewCard } from '../../../shared/curriculum/cards'
import { systemTimeZone } from '../../../shared/calendar/days'
import { useStore } from '../state/store'
import { useFocusIntent, useIntent } from '../state/intent'
import { ReviewSession } from '../components/review/ReviewSession'
import { AddCardForm } from '../components/review/AddCardForm'
import { OwnCards } from '../components/review/OwnCards'
import { NoteCards } from '../components/review/NoteCards'
import { AnkiExport } from '../components/review/AnkiExport'
import './review.css'

/** Spaced review: today's cards, skills that need a revisit, and writing one's own cards. */
export default function ReviewView() {
  const review = useStore((s) => s.data?.review)
  const curriculum = useCurriculum()
  const [session, setSession] = useState<readonly ReviewCard[] | null>(null)
  const [lastAnswered, setLastAnswered] = useState<number | null>(null)
  // Recomputed whenever the review data changes; the clock is read at that moment.
  const queue = useMemo(() => (review ? buildQueue(review, curriculum, new Date(), systemTimeZone()) : null), [review, curriculum])
  const counts = useMemo(() => (review ? cardCounts(review, curriculum) : null), [review, curriculum])
  const revisit = useMemo(() => (review ? skillsNeedingRevisit(review, curriculum) : new Map<string, string[]>()), [review, curriculum])
  const start = useRef<HTMLButtonElement>(null)
  const showItem = useStore((s) => s.showItem)
  useFocusIntent('review-start', start)
  // Asked from elsewhere (the Dashboard) to start today's session; with nothing to review, the start button says so.
  const begin = useCallback(() => (queue && queue.cards.length > 0 ? setSession(queue.cards) : start.current?.focus()), [queue])
  useIntent('review-begin', begin, queue !== null)
  if (!review || !queue || !counts) return null

  return (
    <section aria-labelledby="review-heading" className="view review-view">
      <header className="view-header">
        <h1 id="review-heading">Review</h1>
        <p className="lede">Short questions from the curriculum, your own cards and the cards in your notes, spaced out so you see each one just before you would forget it.</p>
      </header>

      {session ? (
        <ReviewSession
          cards={session}
          onEnd={(answered) => {
            setSession(null)
            setLastAnswered(answered)
            requestAnimationFrame(() => document.getElementById('review-start')?.focus())
          }}
        />
      ) : (
        <section className="review-overview panel" aria-labelledby="today-heading">
          <h2 id="today-heading">Today</h2>
          <ul className="stat-row">
            <li>
              <strong>{queue.due}</strong> due
            </li>
            <li>
              <strong>{queue.fresh}</strong> new
            </li>
            <li>
              <strong>{counts.review}</strong> in long-term review
            </li>
            <li>
              <strong>{counts.unseen}</strong> not seen yet
            </li>
          </ul>
          {lastAnswered !== null ? <p role="status">Last session: {lastAnswered} answered.</p> : null}
          <button ref={start} id="review-start" type="button" className="primary" disabled={queue.cards.length === 0} onClick={() => setSession(queue.cards)}>
            {queue.cards.length === 0 ? 'Nothing to review right now' : `Start review (${queue.cards.length} ${queue.cards.length === 1 ? 'card' : 'cards'})`}
          </button>
          <p className="hint">Up to {NEW_CARDS_PER_DAY} new cards a day. In a session: Space shows the answer, 1 to 4 rate it.</p>
        </section>
      )}

      <section className="panel" aria-labelledby="revisit-heading">
        <h2 id="revisit-heading">Needs revisit</h2>
        {revisit.size === 0 ? (
          <p className="empty">No lapses. A skill appears here when you answer one of its cards with Again, until you get it right.</p>
        ) : (
          <ul className="revisit-list">
            {[...revisit].map(([skillId, ids]) => (
              <li key={skillId}>
                <button type="button" className="link-button" onClick={() => showItem({ kind: 'skill', id: skillId })}>
                  {skillOf(curriculum, skillId)?.title ?? skillId}
                </button>
                : {ids.length} {ids.length === 1 ? 'card' : 'cards'} forgotten
              </li>
            ))}
          </ul>
        )}
      </section>

      <div className="review-columns">
        <div className="panel">
          <AddCardForm focusIntent="card-skill" />
        </div>
        <OwnCards />
        <NoteCards />
        <AnkiExport />
      </div>
    </section>
  )
}
