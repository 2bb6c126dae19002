import { useStore } from '../../state/store'
import './note-cards-help.css'

/** How to write review cards inside a note, and how many this note holds now. */
export function NoteCardsHelp({ noteId }: { noteId: string | null }) {
  const count = useStore((s) => (noteId ? Object.values(s.data?.review.noteCards ?? {}).filter((card) => card.noteId === noteId && !card.retired).length : 0))
  return (
    <details className="note-cards-help">
      <summary>Review cards in this note{count > 0 ? ` (${count})` : ''}</summary>
      <p>A line with a question, space, two colons, space and the answer becomes a review card of this skill:</p>
      <pre>
        <code>What does ACID stand for? :: Atomicity, consistency, isolation, durability</code>
      </pre>
      <p>For a longer answer, end the question with two colons and write the answer on the next lines, up to a blank line:</p>
      <pre>
        <code>{'Name the HTTP methods of CRUD ::\nPOST creates, GET reads,\nPUT updates, DELETE removes'}</code>
      </pre>
      <p>Nothing inside code blocks or inline code makes a card. Edit a line and its card keeps its schedule; remove it and the card leaves your reviews (put it back and it returns where it was).</p>
    </details>
  )
}
