import { useShallow } from 'zustand/react/shallow'
import { useStore } from '../../state/store'
import './note-cards-help.css'
import { withPictureLabels } from '../../../../shared/attachments/picture-markdown'

/** The review cards this note holds now, question and answer, with how to write more. */
export function NoteCardsHelp({ noteId }: { noteId: string | null }) {
  const cards = useStore(
    useShallow((s) =>
      noteId
        ? Object.values(s.data?.review.noteCards ?? {})
            .filter((card) => card.noteId === noteId && !card.retired)
            .sort((a, b) => a.ordinal - b.ordinal)
        : [],
    ),
  )
  return (
    <details className="note-cards-help">
      <summary>Review cards in this note{cards.length > 0 ? ` (${cards.length})` : ''}</summary>
      {cards.length > 0 ? (
        <ol className="note-card-list" aria-label="Cards in this note">
          {cards.map((card) => (
            <li key={card.id}>
              <p className="note-card-front">{withPictureLabels(card.front)}</p>
              <p className="note-card-back">{withPictureLabels(card.back)}</p>
            </li>
          ))}
        </ol>
      ) : (
        <p>This note holds no card yet.</p>
      )}
      <p>
        Write <code>Question :: Answer</code> on a line (spaces around the colons), or end a question with{' '}
        <code>::</code> and put the answer on the lines below, up to a blank line:
      </p>
      <pre>
        <code>
          {
            'What does ACID stand for? :: Atomicity, consistency, isolation, durability\n\nName the HTTP methods of CRUD ::\nPOST creates, GET reads, PUT updates, DELETE removes'
          }
        </code>
      </pre>
      <p>
        Code never makes a card. An edited line keeps its card’s schedule; a removed line takes the card out of your
        reviews until you put it back.
      </p>
    </details>
  )
}
