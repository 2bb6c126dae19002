import { useRef, useState } from 'react'
import type { CustomCard } from '../../../../shared/model'
import { skillOf } from '../../../../shared/curriculum/access'
import { useCurriculum } from '../../state/curriculum'
import { useStore } from '../../state/store'
import { failureOf } from '../../state/call'
import { useIntent } from '../../state/intent'
import { ConfirmDialog } from '../common/ConfirmDialog'
import { FormFeedback } from '../common/FormFeedback'
import { focusInView } from '../common/focus'

/** One card the learner wrote: its question, a link to its skill, and delete. */
function OwnCardRow({ card, onDelete }: { card: CustomCard; onDelete: (card: CustomCard) => void }) {
  const showItem = useStore((s) => s.showItem)
  const row = useRef<HTMLLIElement>(null)
  // Landing on the card (a link after writing it): the row comes into view and takes focus.
  useIntent(`card:${card.id}`, () => void focusInView(row.current))
  const curriculum = useCurriculum()
  const skillTitle = skillOf(curriculum, card.skillId)?.title ?? card.skillId
  return (
    <li ref={row} tabIndex={-1}>
      <span className="own-card-text">
        <strong>{card.front}</strong>{' '}
        <button type="button" className="link-button muted" onClick={() => showItem({ kind: 'skill', id: card.skillId })} aria-label={`Open ${skillTitle} in Skills`}>
          {skillTitle}
        </button>
      </span>
      <button type="button" onClick={() => onDelete(card)} aria-label={`Delete card: ${card.front}`}>
        Delete
      </button>
    </li>
  )
}

/** The cards the learner wrote, each with a delete (after a confirmation). */
export function OwnCards() {
  const custom = useStore((s) => s.data?.review.custom)
  const removeCard = useStore((s) => s.review.removeCard)
  const [pending, setPending] = useState<{ id: string; front: string } | null>(null)
  const [error, setError] = useState<string | null>(null)
  const cards = Object.values(custom ?? {}).sort((a, b) => b.createdAt.localeCompare(a.createdAt))
  return (
    <section className="panel own-cards" aria-labelledby="own-cards-heading">
      <h2 id="own-cards-heading">Your cards</h2>
      {cards.length === 0 ? <p className="empty">None yet. Cards you write appear here and in your reviews.</p> : null}
      <FormFeedback error={error} />
      <ul>
        {cards.map((card) => (
          <OwnCardRow key={card.id} card={card} onDelete={({ id, front }) => setPending({ id, front })} />
        ))}
      </ul>
      <ConfirmDialog
        open={pending !== null}
        title="Delete this card?"
        confirmLabel="Delete card"
        onCancel={() => setPending(null)}
        onConfirm={() => {
          const target = pending
          setPending(null)
          if (target) void removeCard(target.id).then((outcome) => setError(failureOf(outcome)))
        }}
      >
        <p>“{pending?.front}” and its review history will be removed.</p>
      </ConfirmDialog>
    </section>
  )
}
