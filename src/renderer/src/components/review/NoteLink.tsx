import type { ReviewCard } from '../../../../shared/curriculum/cards'
import { useStore } from '../../state/store'

/** For a card written inside a note: a link that opens that note in Skills (nothing for other cards); `name` when the visible label needs more words to be told apart. */
export function NoteLink({ card, label = 'Open the note this card comes from', name }: { card: ReviewCard; label?: string; name?: string }) {
  const selectSkill = useStore((s) => s.selectSkill)
  const showView = useStore((s) => s.showView)
  if (!card.noteId) return null
  const noteId = card.noteId
  return (
    <button
      type="button"
      className="link-button note-link"
      aria-label={name}
      onClick={() => {
        selectSkill(card.skillId, noteId)
        showView('skills')
      }}
    >
      {label}
    </button>
  )
}
