import { createHash } from 'node:crypto'
import type { DataStore } from '../store/data-store'
import type { Clock } from '../clock'
import type { Logger } from '../router'
import type { NoteCard } from '../../shared/schemas/review'
import { parseNoteCards } from '../../shared/review/note-cards'
import { syncNoteCards } from '../../shared/review/note-card-sync'
import { idsOfKind } from '../../shared/changes/records'
import { own } from '../../shared/own'

const sameCards = (a: readonly NoteCard[], b: readonly NoteCard[]): boolean => JSON.stringify(a) === JSON.stringify(b)

/** A new card's id, the same on any computer for the same note and card text (`nth` tells equal lines apart). */
export function noteCardId(noteId: string, text: string, nth: number): string {
  return `nc-${createHash('sha256').update(`${noteId}\n${nth}\n${text}`).digest('hex').slice(0, 24)}`
}

/**
 * Brings the cards inside the given notes (every note, for 'all') in step with their text: new
 * lines become cards, edited ones keep their card, removed ones (and deleted notes) retire theirs.
 * Writes only when something changed (as work that follows the change it was told of).
 */
export function deriveNoteCards(
  store: DataStore,
  clock: Clock,
  ids: readonly string[] | 'all',
  log: Logger,
): Promise<void> {
  const { notes, review } = store.state
  const wanted = ids === 'all' ? null : new Set(ids)
  const byNote = new Map<string, NoteCard[]>()
  for (const card of Object.values(review.noteCards))
    if (!wanted || wanted.has(card.noteId)) byNote.set(card.noteId, [...(byNote.get(card.noteId) ?? []), card])
  const noteIds = wanted ?? new Set([...Object.keys(notes), ...byNote.keys()])
  const now = clock.now().toISOString()
  const changes: { before: NoteCard[]; after: NoteCard[]; dropped: string[] }[] = []
  for (const id of noteIds) {
    const note = own(notes, id)
    const before = byNote.get(id) ?? []
    if (!note && before.every((card) => card.retired)) continue
    const written = note ? parseNoteCards(note.body) : []
    // Most notes hold no cards and never did: nothing to bring in step.
    if (before.length === 0 && written.length === 0) continue
    // An edited line keeps its card's id, so the id its new text would get may be taken: count on.
    const used = new Set(before.map((card) => card.id))
    const newId = ({ front, back }: { front: string; back: string }): string => {
      for (let nth = 0; ; nth++) {
        const cardId = noteCardId(id, `${front}\n${back}`, nth)
        if (used.has(cardId)) continue
        used.add(cardId)
        return cardId
      }
    }
    const { cards, dropped } = syncNoteCards(
      before,
      written,
      { id, skillId: note?.skillId ?? before[0]?.skillId ?? '' },
      now,
      newId,
    )
    if (!sameCards(before, cards)) changes.push({ before, after: cards, dropped })
  }
  if (changes.length === 0) return Promise.resolve()
  return (
    store
      .update(
        (state) => {
          for (const { before, after, dropped } of changes) {
            for (const card of before) delete state.review.noteCards[card.id]
            for (const card of after) state.review.noteCards[card.id] = card
            for (const id of dropped) delete state.review.cards[id]
          }
        },
        { kind: 'derived', by: 'note-cards' },
      )
      // The write that told of the note fails with it and is answered as failed; this one is only logged.
      .catch((error: unknown) => log('could not save the cards of the notes', error))
  )
}

/**
 * Keeps the cards inside notes in step with the notes, whatever changed them: every write that
 * touches a note is followed, in the same save, by the cards it implies. First brings every note's
 * cards up to date (a data file written before note cards existed, or migrated); resolves once
 * that is saved.
 */
export async function followNoteCards(store: DataStore, clock: Clock, log: Logger): Promise<void> {
  store.subscribe(({ records }) => {
    const ids = idsOfKind(records, 'note')
    if (ids.length > 0) void deriveNoteCards(store, clock, ids, log)
  })
  await deriveNoteCards(store, clock, 'all', log)
}
