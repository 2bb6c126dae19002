import { randomUUID } from 'node:crypto'
import type { HandlerContext } from './context'
import type { Handlers } from './types'
import type { NoteCard } from '../../shared/schemas/review'
import { parseNoteCards } from '../../shared/review/note-cards'
import { syncNoteCards } from '../../shared/review/note-card-sync'

const sameCards = (a: readonly NoteCard[], b: readonly NoteCard[]): boolean => JSON.stringify(a) === JSON.stringify(b)

/**
 * Brings the cards inside the given notes (every note, for 'all') in step with their text: new
 * lines become cards, edited ones keep their card, removed ones (and deleted notes) retire theirs.
 * Writes only when something changed; answers whether it did.
 */
export async function deriveNoteCards(ctx: HandlerContext, ids: readonly string[] | 'all'): Promise<boolean> {
  const { notes, review } = ctx.store.state
  const byNote = new Map<string, NoteCard[]>()
  for (const card of Object.values(review.noteCards)) byNote.set(card.noteId, [...(byNote.get(card.noteId) ?? []), card])
  const noteIds = ids === 'all' ? new Set([...Object.keys(notes), ...byNote.keys()]) : new Set(ids)
  const now = ctx.clock.now().toISOString()
  const changes: { before: NoteCard[]; after: NoteCard[]; dropped: string[] }[] = []
  for (const id of noteIds) {
    const note = Object.hasOwn(notes, id) ? notes[id] : undefined
    const before = byNote.get(id) ?? []
    if (!note && before.every((card) => card.retired)) continue
    const { cards, dropped } = syncNoteCards(before, note ? parseNoteCards(note.body) : [], { id, skillId: note?.skillId ?? before[0]?.skillId ?? '' }, now, () => `nc-${randomUUID()}`)
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

/**
 * Wraps the handlers that change notes so the cards inside them follow, as withReindexing does for
 * the search index: create, save and delete tell which note changed; import and restore replace
 * every note. The renderer hears of changed cards through the `noteCards` event (import and
 * restore answer the whole state, so theirs comes in that answer).
 */
export function withNoteCards(handlers: Handlers, ctx: HandlerContext): Handlers {
  const { notes, backup } = handlers
  const following =
    <Req, Res extends { id: string }>(handler: (request: Req) => Promise<Res>) =>
    async (request: Req): Promise<Res> => {
      const response = await handler(request)
      if (await deriveNoteCards(ctx, [response.id])) ctx.emit('noteCards', { noteCards: ctx.store.state.review.noteCards })
      return response
    }
  return {
    ...handlers,
    notes: { ...notes, create: following(notes.create), save: following(notes.save), delete: following(notes.delete) },
    backup: {
      ...backup,
      async confirm(request) {
        const response = await backup.confirm(request)
        if (!(await deriveNoteCards(ctx, 'all'))) return response
        return { ...response, state: { ...response.state, review: { ...response.state.review, noteCards: ctx.store.state.review.noteCards } } }
      },
    },
  }
}
