import { useState } from 'react'
import { skillOf } from '../../../../shared/curriculum/access'
import { useCurriculum } from '../../state/curriculum'
import { useStore } from '../../state/store'
import { failureOf } from '../../state/call'
import { ConfirmDialog } from '../common/ConfirmDialog'
import { FormFeedback } from '../common/FormFeedback'

/** The cards the learner wrote, each with a delete (after a confirmation). */
export function OwnCards() {
  const custom = useStore((s) => s.data?.review.custom)
  const removeCard = useStore((s) => s.review.removeCard)
  const curriculum = useCurriculum()
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
          <li key={card.id}>
            <span className="own-card-text">
              <strong>{card.front}</strong>
              <span className="muted"> ({skillOf(curriculum, card.skillId)?.title ?? card.skillId})</span>
            </span>
            <button type="button" onClick={() => setPending({ id: card.id, front: card.front })} aria-label={`Delete card: ${card.front}`}>
              Delete
            </button>
          </li>
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
