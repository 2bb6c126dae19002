import { useCallback, useMemo, useRef, useState } from 'react'
import { skillOf } from '../../../shared/curriculum/access'
import { useCurriculum } from '../state/curriculum'
import { buildQueue, cardCounts, NEW_CARDS_PER_DAY, studyAheadQueue } from '../../../shared/review/queue'
import { skillsNeedingRevisit } from '../../../shared/review/cards-of'
import type { ReviewCard } from '../../../shared/curriculum/cards'
import { useStore } from '../state/store'
import { useIntent } from '../state/intent'
import { useToday } from '../use-clock'
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
  const [session, setSession] = useState<{ cards: readonly ReviewCard[]; ahead: boolean } | null>(null)
  const [lastAnswered, setLastAnswered] = useState<number | null>(null)
  // The same clock and zone as the Dashboard, so both count the same cards.
  const { now, zone } = useToday()
  const queue = useMemo(
    () => (review ? buildQueue(review, curriculum, now, zone) : null),
    [review, curriculum, now, zone],
  )
  const ahead = useMemo(
    () => (review && queue?.cards.length === 0 ? studyAheadQueue(review, curriculum, now) : []),
    [review, curriculum, queue, now],
  )
  const counts = useMemo(() => (review ? cardCounts(review, curriculum) : null), [review, curriculum])
  const revisit = useMemo(
    () => (review ? skillsNeedingRevisit(review, curriculum) : new Map<string, string[]>()),
    [review, curriculum],
  )
  const start = useRef<HTMLButtonElement>(null)
  const aheadButton = useRef<HTMLButtonElement>(null)
  const showItem = useStore((s) => s.showItem)
  // Asked from elsewhere (the Dashboard) to start today's session; with nothing due, focus goes to
  // Study ahead, or to the Today panel whose disabled button says so (a disabled button takes no focus).
  const begin = useCallback(
    () =>
      queue && queue.cards.length > 0
        ? setSession({ cards: queue.cards, ahead: false })
        : (aheadButton.current ?? document.getElementById('today-heading'))?.focus(),
    [queue],
  )
  useIntent('review-begin', begin, queue !== null)
  // "Start today's review" from the palette lands on the start button, or where begin would, when it is disabled.
  useIntent(
    'review-start',
    () =>
      start.current && !start.current.disabled
        ? start.current.focus()
        : (aheadButton.current ?? document.getElementById('today-heading'))?.focus(),
    queue !== null,
  )
  if (!review || !queue || !counts) return null

  // While reviewing, the session is the whole view: the card large and alone.
  if (session) {
    return (
      <ReviewSession
        cards={session.cards}
        ahead={session.ahead}
        onEnd={(answered) => {
          setSession(null)
          setLastAnswered(answered)
          // Back on the overview: focus the first button that can be pressed, else the heading.
          requestAnimationFrame(() =>
            (
              document.querySelector<HTMLElement>('.review-actions button:enabled') ??
              document.getElementById('today-heading')
            )?.focus(),
          )
        }}
      />
    )
  }

  return (
    <section aria-labelledby="review-heading" className="view review-view">
      <header className="view-header">
        <h1 id="review-heading">Review</h1>
        <p className="lede">
          Short questions from the curriculum, your own cards and the cards in your notes, spaced out so you see each
          one just before you would forget it.
        </p>
      </header>

      <section className="review-overview panel" aria-labelledby="today-heading">
        <h2 id="today-heading" tabIndex={-1}>
          Today
        </h2>
        <ul className="stat-row">
          <li>
            <strong>{queue.due}</strong> due
          </li>
          <li>
            <strong>{queue.fresh}</strong> new today
          </li>
          <li>
            <strong>{counts.review}</strong> in long-term review
          </li>
          <li>
            <strong>{counts.unseen}</strong> not seen yet
          </li>
        </ul>
        {lastAnswered !== null ? <p role="status">Last session: {lastAnswered} answered.</p> : null}
        <div className="review-actions">
          <button
            ref={start}
            id="review-start"
            type="button"
            className="primary"
            disabled={queue.cards.length === 0}
            onClick={() => setSession({ cards: queue.cards, ahead: false })}
          >
            {queue.cards.length === 0
              ? 'Nothing due right now'
              : `Start review (${queue.cards.length} ${queue.cards.length === 1 ? 'card' : 'cards'})`}
          </button>
          {ahead.length > 0 ? (
            <button
              ref={aheadButton}
              type="button"
              onClick={() => setSession({ cards: ahead, ahead: true })}
              aria-describedby="ahead-hint"
            >
              Study ahead ({ahead.length} {ahead.length === 1 ? 'card' : 'cards'})
            </button>
          ) : null}
        </div>
        {ahead.length > 0 ? (
          <p id="ahead-hint" className="hint">
            Studying ahead shows cards before their day, soonest first. The scheduler counts the days that really
            passed, so an early answer moves a card on less than one on its day.
          </p>
        ) : null}
        <p className="hint">
          Up to {NEW_CARDS_PER_DAY} new cards a day, plus every card you write today. In a session: Space shows the
          answer, 1 to 4 rate it, Esc ends it.
        </p>
      </section>

      <section className="panel" aria-labelledby="revisit-heading">
        <h2 id="revisit-heading">Needs revisit</h2>
        {revisit.size === 0 ? (
          <p className="empty">
            No lapses. A skill appears here when you answer one of its cards with Again, until you get it right.
          </p>
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
