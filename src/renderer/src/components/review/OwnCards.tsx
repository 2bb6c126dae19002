import { useState } from 'react'
import { skillById } from '../../../../shared/curriculum/skills'
import { useStore } from '../../state/store'
import { failureOf } from '../../state/call'
import { FormFeedback } from '../common/FormFeedback'
import { Icon } from '../common/Icon'

/** The cards the learner wrote, each with a delete (the undo bar can bring it back with its schedule). */
export function OwnCards() {
  const custom = useStore((s) => s.data?.review.custom)
  const removeCard = useStore((s) => s.review.removeCard)
  const [error, setError] = useState<string | null>(null)
  const cards = Object.values(custom ?? {}).sort((a, b) => b.createdAt.localeCompare(a.createdAt))
  return (
    <section className="panel own-cards" aria-labelledby="own-cards-heading">
      <h2 id="own-cards-heading">Your cards</h2>
      {cards.length === 0 ? <p className="empty">None yet. Write your first one under “Write a card”; it joins your reviews at once.</p> : null}
      <FormFeedback error={error} />
      <ul>
        {cards.map((card) => (
          <li key={card.id}>
            <span className="own-card-text">
              <strong>{card.front}</strong>
              <span className="muted"> ({skillById(card.skillId)?.title ?? card.skillId})</span>
            </span>
            <button type="button" onClick={() => void removeCard(card.id).then((outcome) => setError(failureOf(outcome)))} aria-label={`Delete card: ${card.front}`}>
              <Icon name="delete" />
              Delete
            </button>
          </li>
        ))}
      </ul>
    </section>
  )
}
