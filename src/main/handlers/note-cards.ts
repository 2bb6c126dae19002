import { createHash } from 'node:crypto'
import type { HandlerContext } from './context'
import type { Handlers } from './types'
import type { NoteIndex } from './reindexing'
import type { NoteCard } from '../../shared/schemas/review'
import { parseNoteCards } from '../../shared/review/note-cards'
import { syncNoteCards, type NoteCardIdMaker } from '../../shared/review/note-card-sync'

/**
 * The id of a card written in a note: a short SHA-256 of the note's id, the card's text and its
 * occurrence, so two computers given the same note mint the same ids (no random part).
 */
export const noteCardId: NoteCardIdMaker = (noteId, card, occurrence) =>
  `nc-${createHash('sha256')
    .update(JSON.stringify([noteId, card.front, card.back, occurrence]))
    .digest('hex')
    .slice(0, 20)}`

const sameCards = (a: readonly NoteCard[], b: readonly NoteCard[]): boolean => JSON.stringify(a) === JSON.stringify(b)

/**
 * Brings the cards inside the given notes (every note, for 'all') in step with their text: new
 * lines become cards, edited ones keep their card, removed ones (and deleted notes) retire theirs.
 * Writes only when something changed; answers whether it did.
 */
export async function deriveNoteCards(ctx: HandlerContext, ids: readonly string[] | 'all'): Promise<boolean> {
  const { notes, review } = ctx.store.state
  const wanted = ids === 'all' ? null : new Set(ids)
  const byNote = new Map<string, NoteCard[]>()
  for (const card of Object.values(review.noteCards)) if (!wanted || wanted.has(card.noteId)) byNote.set(card.noteId, [...(byNote.get(card.noteId) ?? []), card])
  const noteIds = wanted ?? new Set([...Object.keys(notes), ...byNote.keys()])
  const now = ctx.clock.now().toISOString()
  const changes: { before: NoteCard[]; after: NoteCard[]; dropped: string[] }[] = []
  for (const id of noteIds) {
    const note = Object.hasOwn(notes, id) ? notes[id] : undefined
    const before = byNote.get(id) ?? []
    if (!note && before.every((card) => card.retired)) continue
    const written = note ? parseNoteCards(note.body) : []
    // Most notes hold no cards and never did: nothing to bring in step.
    if (before.length === 0 && written.length === 0) continue
    const { cards, dropped } = syncNoteCards(before, written, { id, skillId: note?.skillId ?? before[0]?.skillId ?? '' }, now, noteCardId)
    if (!sameCards(before, cards)) changes.push({ before, after: cards, dropped })
  }
  if (changes.length === 0) return false
  await ctx.store.update((state) => {
    for (const { before, after, dropped } of changes) {
      for (const card of before) delete state.review.noteCards[card.id]
      for (const card of after) state.review.noteCards[card.id] = card
      for (const id of dropped) delete state.review.cards[id]
    }
  })
  return true
}

/** What of a note its cards depend on. */
interface Seen {
  body: string
  skillId: string
}

/**
 * The ids of notes whose text or skill changed (or that appeared or went) since it last looked, found
 * by comparing with what it saw then (strings compare by reference first, so an unchanged note costs
 * a lookup); `saw` records a note the cards followed by its id, so the next walk passes it by.
 */
function noteWatcher(ctx: HandlerContext): { walk: () => string[]; saw: (ids: readonly string[]) => void } {
  const seen = new Map<string, Seen>()
  const saw = (ids: readonly string[]): void => {
    const { notes } = ctx.store.state
    for (const id of ids) {
      const note = Object.hasOwn(notes, id) ? notes[id] : undefined
      if (note) seen.set(id, { body: note.body, skillId: note.skillId })
      else seen.delete(id)
    }
  }
  const walk = (): string[] => {
    const { notes } = ctx.store.state
    const changed: string[] = []
    for (const [id, note] of Object.entries(notes)) {
      const before = seen.get(id)
      if (before?.body === note.body && before.skillId === note.skillId) continue
      seen.set(id, { body: note.body, skillId: note.skillId })
      changed.push(id)
    }
    for (const id of [...seen.keys()]) {
      if (Object.hasOwn(notes, id)) continue
      seen.delete(id)
      changed.push(id)
    }
    return changed
  }
  return { walk, saw }
}

/** What the cards follow: the notes the reindexing wrapper reports changed, gathered until the cards take them. */
export interface ChangedNotes extends NoteIndex {
  /** The ids reported since the last take, or 'all' when the whole state was replaced (or a change failed) meanwhile. */
  take: () => readonly string[] | 'all'
}

/** A fresh ChangedNotes, to be told of changes with the other indexes (allIndexes) and read by withNoteCards. */
export function changedNotes(): ChangedNotes {
  let ids = new Set<string>()
  let all = false
  return {
    notesChanged: (changed) => changed.forEach((id) => ids.add(id)),
    allNotesChanged: () => void (all = true),
    take: () => {
      const taken = all ? 'all' : [...ids]
      ;[ids, all] = [new Set(), false]
      return taken
    },
  }
}

/**
 * Wraps every handler so the cards inside notes follow whatever changed a note, as the search and
 * link indexes do: the reindexing wrapper reports the notes a call changed (save, create, delete,
 * a history or trash restore, the notes a rename rewrote) to `changed`, and only those are read
 * again; an import or restore replaces them all, and then every note is compared with what was seen
 * (so a handler that changes notes is registered in withReindexing, and all three follow it). Before
 * the first call it brings every note's cards up to date (a data file written before note cards
 * existed, or migrated). The renderer hears of changed cards through the `noteCards` event; an
 * answer holding the whole state (import, restore, the trash) holds them too.
 */
export function withNoteCards(handlers: Handlers, ctx: HandlerContext, changed: ChangedNotes, log: (message: string, error: unknown) => void = () => undefined): Handlers {
  const watcher = noteWatcher(ctx)
  let started: Promise<void> | null = null
  const start = (): Promise<void> =>
    (started ??= (async () => {
      watcher.walk()
      changed.take()
      // Kept in memory when the write fails (the next write retries it): the app must still start.
      await deriveNoteCards(ctx, 'all').catch((error: unknown) => log('could not save the cards of the notes', error))
    })())
  // Whether the cards changed: only the notes reported are read, or every one after a replace.
  const follow = async (): Promise<boolean> => {
    const taken = changed.take()
    const ids = taken === 'all' ? watcher.walk() : taken
    if (taken !== 'all') watcher.saw(taken)
    return ids.length > 0 && deriveNoteCards(ctx, ids)
  }
  const wrapped = {} as Record<string, Record<string, (request: unknown) => Promise<unknown>>>
  for (const [domain, methods] of Object.entries(handlers as unknown as Record<string, Record<string, (request: unknown) => Promise<unknown>>>)) {
    wrapped[domain] = {}
    for (const [method, handler] of Object.entries(methods)) {
      wrapped[domain][method] = async (request) => {
        await start()
        const response = await handler(request)
        if (await follow()) ctx.emit('noteCards', { noteCards: ctx.store.state.review.noteCards })
        // An answer with the whole state (import, restore, the trash) was taken before the cards
        // followed; the renderer takes that state after the event, so it must hold them too.
        return answersState(response) ? { ...response, state: { ...response.state, review: { ...response.state.review, noteCards: ctx.store.state.review.noteCards } } } : response
      }
    }
  }
  return wrapped as unknown as Handlers
}

/** Does a handler's answer carry the whole state view (`{ state: { review, ... } }`)? */
function answersState(response: unknown): response is { state: { review: Record<string, unknown> } } {
  if (typeof response !== 'object' || response === null || !('state' in response)) return false
  const { state } = response
  return typeof state === 'object' && state !== null && 'review' in state && typeof state.review === 'object' && state.review !== null
}
