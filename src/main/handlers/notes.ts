import { randomUUID } from 'node:crypto'
import type { HandlerContext } from './context'
import type { DomainHandlers } from './types'
import type { Note } from '../../shared/model'
import type { NoteMeta } from '../../shared/contract'
import { AppError } from '../../shared/result'
import { requireSkill } from './skills'
import { byNewestCreated } from '../../shared/notes/list'
import { putInTrash } from './trash'
import { own } from '../../shared/own'

/** A note's metadata as listed: everything but the body, plus its length. */
function noteMeta({ body, ...meta }: Note): NoteMeta {
  return { ...meta, chars: body.length }
}

/** The note of `id`, or a not-found error the learner can read. */
export function requireNote(notes: Record<string, Note>, id: string): Note {
  const note = own(notes, id)
  if (!note) throw new AppError('not-found', 'That note no longer exists. It may have been deleted.')
  return note
}

/** A timestamp later than `previous`, so every save is told apart even within one millisecond. */
export function nextTimestamp(previous: string, at: Date): string {
  const now = at.getTime()
  const before = Date.parse(previous)
  return new Date(now > before ? now : before + 1).toISOString()
}

/** Notes handlers: bodies are only sent by get and received by save and create. The search index, cards and history follow the store's change records. */
export function notesHandlers(
  ctx: HandlerContext,
): Omit<DomainHandlers<'notes'>, 'history' | 'restoreVersion' | 'linkTargets' | 'backlinks'> {
  return {
    async list({ skillId }) {
      requireSkill(ctx.store.state, skillId)
      const notes: NoteMeta[] = []
      for (const note of Object.values(ctx.store.state.notes)) if (note.skillId === skillId) notes.push(noteMeta(note))
      return { notes: notes.sort(byNewestCreated) }
    },
    async create({ skillId, title, body }) {
      requireSkill(ctx.store.state, skillId)
      const now = ctx.clock.now().toISOString()
      const note: Note = {
        id: `note-${randomUUID()}`,
        skillId,
        title: title ?? '',
        body: body ?? '',
        createdAt: now,
        updatedAt: now,
      }
      await ctx.store.update((state) => {
        state.notes[note.id] = note
      })
      return noteMeta(note)
    },
    async get({ id }) {
      return { ...requireNote(ctx.store.state.notes, id) }
    },
    async save({ id, title, body }) {
      const current = requireNote(ctx.store.state.notes, id)
      const next: Note = {
        ...current,
        body,
        title: title ?? current.title,
        updatedAt: nextTimestamp(current.updatedAt, ctx.clock.now()),
      }
      await ctx.store.update((state) => {
        state.notes[id] = next
      })
      return noteMeta(next)
    },
    async delete({ id }) {
      const note = requireNote(ctx.store.state.notes, id)
      await ctx.store.update((state) => {
        delete state.notes[id]
        putInTrash(state, { kind: 'note', note }, ctx.clock.now())
      })
      return { id }
    },
  }
}
