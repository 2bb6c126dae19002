import type { HeldBatch } from '../../../../shared/contract/sync'
import { plural } from './sync-words'

/** Whose changes, in words: "Desktop's", "Desktop and Laptop's", "Another computer's". */
function whose(from: string[]): string {
  if (from.length === 0) return 'Another computer’s'
  const names = from.length === 1 ? from[0]! : `${from.slice(0, -1).join(', ')} and ${from.at(-1)!}`
  return `${names}’s`
}

/** What a held batch would remove, with figures: "Desktop's changes would remove 40 of your 52 notes". */
export function heldWords(held: HeldBatch): string {
  const parts: string[] = []
  if (held.notesRemoved > 0) parts.push(`${held.notesRemoved} of your ${plural(held.notesNow, 'note')}`)
  if (held.skillsRemoved > 0) parts.push(`${held.skillsRemoved} of your ${plural(held.skillsNow, 'skill')}`)
  return `${whose(held.from)} changes would remove ${parts.join(' and ') || 'much of your work'}.`
}

/** An incoming batch that would remove much of the learner's work: it waits here until the learner chooses. */
export function SyncHeld({
  held,
  busy,
  onDecide,
}: {
  held: HeldBatch
  busy: boolean
  onDecide: (apply: boolean) => void
}) {
  return (
    <div className="sync-held" role="alert" aria-labelledby="sync-held-heading">
      <h3 id="sync-held-heading">Changes waiting for you</h3>
      <p>{heldWords(held)}</p>
      <p className="hint">
        Nothing has been removed yet, and nothing will be until you choose. Keep mine puts your items back in the folder
        for the other computers.
      </p>
      <div className="button-row">
        <button type="button" className="danger" disabled={busy} onClick={() => onDecide(true)}>
          Apply them
        </button>
        <button type="button" className="primary" disabled={busy} onClick={() => onDecide(false)}>
          Keep mine
        </button>
      </div>
    </div>
  )
}
