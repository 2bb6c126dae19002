import { useMemo } from 'react'
import { skillLabel } from '../../../../shared/curriculum/skill-label'
import { useCurriculum } from '../../state/curriculum'
import { liveNoteCards } from '../../../../shared/review/cards-of'
import { useStore } from '../../state/store'
import { NoteLink } from './NoteLink'
import { withPictureLabels } from '../../../../shared/attachments/picture-markdown'

/** The cards written inside notes (`Question :: Answer`), each with a link back to its note. */
export function NoteCards() {
  const review = useStore((s) => s.data?.review)
  const curriculum = useCurriculum()
  const cards = useMemo(() => (review ? liveNoteCards(review) : []), [review])
  return (
    <section className="panel note-cards" aria-labelledby="note-cards-heading">
      <h2 id="note-cards-heading">Cards in your notes</h2>
      {cards.length === 0 ? (
        <p className="empty">
          None yet. Write a line like <code>What is a primary key? :: A column that identifies each row</code> in a note
          and it becomes a card of that note’s skill.
        </p>
      ) : (
        <ul>
          {cards.map((card) => (
            <li key={card.id}>
              <span className="own-card-text">
                <strong>{withPictureLabels(card.front)}</strong>
                <span className="muted"> ({skillLabel(curriculum, card.skillId) || card.skillId})</span>
              </span>
              <NoteLink card={card} label="Open note" name={`Open note: ${withPictureLabels(card.front)}`} />
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
