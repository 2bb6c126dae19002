import { useStore } from '../../state/store'
import './note-cards-help.css'

/** How to write review cards inside a note, and how many this note holds now. */
export function NoteCardsHelp({ noteId }: { noteId: string | null }) {
  const count = useStore((s) => (noteId ? Object.values(s.data?.review.noteCards ?? {}).filter((card) => card.noteId === noteId && !card.retired).length : 0))
  return (
    <details className="note-cards-help">
      <summary>Review cards in this note{count > 0 ? ` (${count})` : ''}</summary>
      <p>
        Write <code>Question :: Answer</code> on a line (spaces around the colons), or end a question with <code>::</code> and put the answer on the lines below, up to a blank line:
      </p>
      <pre>
        <code>{'What does ACID stand for? :: Atomicity, consistency, isolation, durability\n\nName the HTTP methods of CRUD ::\nPOST creates, GET reads, PUT updates, DELETE removes'}</code>
      </pre>
      <p>Code never makes a card. An edited line keeps its card’s schedule; a removed line takes the card out of your reviews until you put it back.</p>
    </details>
  )
}
