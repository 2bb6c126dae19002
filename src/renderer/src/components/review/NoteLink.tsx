import type { ReviewCard } from '../../../../shared/curriculum/cards'
import { useStore } from '../../state/store'

/** For a card written inside a note: a link that opens that note in Skills (nothing for other cards); `name` when the visible label needs more words to be told apart. */
export function NoteLink({
  card,
  label = 'Open the note this card comes from',
  name,
}: {
  card: ReviewCard
  label?: string
  name?: string
}) {
  const showItem = useStore((s) => s.showItem)
  if (!card.noteId) return null
  const noteId = card.noteId
  return (
    <button
      type="button"
      className="link-button note-link"
      aria-label={name}
      onClick={() => void showItem({ kind: 'note', id: noteId, skillId: card.skillId })}
    >
      {label}
    </button>
  )
}
