import { useRef, useState } from 'react'
import type { CustomCard } from '../../../../shared/model'
import { skillOf } from '../../../../shared/curriculum/access'
import { skillLabel } from '../../../../shared/curriculum/skill-label'
import { useCurriculum } from '../../state/curriculum'
import { useStore } from '../../state/store'
import { failureOf } from '../../state/call'
import { useIntent } from '../../state/intent'
import { FormFeedback } from '../common/FormFeedback'
import { Icon } from '../common/Icon'
import { focusInView } from '../common/focus'

/** One card the learner wrote: its question, a link to its skill, and delete. */
function OwnCardRow({ card, onDelete }: { card: CustomCard; onDelete: (card: CustomCard) => void }) {
  const showItem = useStore((s) => s.showItem)
  const row = useRef<HTMLLIElement>(null)
  // Landing on the card (a link after writing it): the row comes into view and takes focus.
  useIntent(`card:${card.id}`, () => void focusInView(row.current))
  const curriculum = useCurriculum()
  const skillTitle = skillOf(curriculum, card.skillId)?.title ?? card.skillId
  // A hidden skill's card is kept but not studied: the list says so.
  const shown = skillLabel(curriculum, card.skillId) || skillTitle
  return (
    <li ref={row} tabIndex={-1}>
      <span className="own-card-text">
        <strong>{card.front}</strong>{' '}
        <button
          type="button"
          className="link-button muted"
          onClick={() => showItem({ kind: 'skill', id: card.skillId })}
          aria-label={`Open ${skillTitle} in Skills`}
        >
          {shown}
        </button>
      </span>
      <button type="button" onClick={() => onDelete(card)} aria-label={`Delete card: ${card.front}`}>
        <Icon name="delete" />
        Delete
      </button>
    </li>
  )
}

/** The cards the learner wrote, each with a delete (the undo bar can bring it back with its schedule). */
export function OwnCards() {
  const custom = useStore((s) => s.data?.review.custom)
  const removeCard = useStore((s) => s.review.removeCard)
  const [error, setError] = useState<string | null>(null)
  const cards = Object.values(custom ?? {}).sort((a, b) => b.createdAt.localeCompare(a.createdAt))
  return (
    <section className="panel own-cards" aria-labelledby="own-cards-heading">
      <h2 id="own-cards-heading">Your cards</h2>
      {cards.length === 0 ? (
        <p className="empty">None yet. Write your first one under “Write a card”; it joins your reviews at once.</p>
      ) : null}
      <FormFeedback error={error} />
      <ul>
        {cards.map((card) => (
          <OwnCardRow
            key={card.id}
            card={card}
            onDelete={() => void removeCard(card.id).then((outcome) => setError(failureOf(outcome)))}
          />
        ))}
      </ul>
    </section>
  )
}
