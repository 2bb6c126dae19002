import type { HandlerContext } from './context'
import type { DomainHandlers } from './types'
import type { AppState, TrashEntry } from '../../shared/model'
import { AppError } from '../../shared/result'
import { MAX_TRASH, MAX_TRASH_CHARS } from '../../shared/schemas/trash'
import { MAX_CUSTOM_GOALS } from '../../shared/schemas/levels'
import { toStateView } from './app'

/** A removal as a delete handler describes it; the trash adds when it happened. */
export type Removal = TrashEntry extends infer E ? (E extends TrashEntry ? Omit<E, 'deletedAt'> : never) : never

/** Characters of note text in the trash (it is written with every save, unlike notes it is not cached). */
const textIn = (entry: TrashEntry): number => (entry.kind === 'note' ? entry.note.body.length : 0)

/**
 * Keeps what a delete removed, inside the same update, so it can be put back. Past MAX_TRASH
 * entries or MAX_TRASH_CHARS of note text the oldest go for good (the newest always stays).
 */
export function putInTrash(state: AppState, removal: Removal, now: Date): void {
  state.trash.push({ ...removal, deletedAt: now.toISOString() })
  let chars = state.trash.reduce((sum, entry) => sum + textIn(entry), 0)
  while (state.trash.length > 1 && (state.trash.length > MAX_TRASH || chars > MAX_TRASH_CHARS)) chars -= textIn(state.trash.shift() as TrashEntry)
}

/** The id of the item a trash entry holds. */
export function trashedId(entry: TrashEntry): string {
  switch (entry.kind) {
    case 'note':
      return entry.note.id
    case 'session':
      return entry.session.id
    case 'goal':
      return entry.goal.id
    case 'card':
      return entry.card.id
    case 'evidence':
      return entry.item.id
  }
}

/** The skill a trash entry belongs to (a goal belongs to a level, not a skill). */
function skillOf(entry: TrashEntry): string | null {
  switch (entry.kind) {
    case 'note':
      return entry.note.skillId
    case 'session':
      return entry.session.skillId
    case 'goal':
      return null
    case 'card':
      return entry.card.skillId
    case 'evidence':
      return entry.skillId
  }
}

/** Puts one entry back where it was; refuses when its place is full. */
function putBack(state: AppState, entry: TrashEntry): void {
  switch (entry.kind) {
    case 'note':
      state.notes[entry.note.id] = entry.note
      return
    case 'session':
      state.study.sessions.splice(Math.min(entry.index, state.study.sessions.length), 0, entry.session)
      return
    case 'goal': {
      const level = state.levels[entry.level]
      if (level.customGoals.length >= MAX_CUSTOM_GOALS) throw new AppError('too-large', `This level already holds ${MAX_CUSTOM_GOALS} goals of your own; delete one to bring this one back.`)
      level.customGoals.splice(Math.min(entry.index, level.customGoals.length), 0, entry.goal)
      if (entry.done && !level.doneGoalIds.includes(entry.goal.id)) level.doneGoalIds.push(entry.goal.id)
      return
    }
    case 'card':
      state.review.custom[entry.card.id] = entry.card
      if (entry.schedule) state.review.cards[entry.card.id] = entry.schedule
      return
    case 'evidence': {
      const list = state.evidence[entry.skillId] ?? []
      state.evidence[entry.skillId] = [...list.slice(0, entry.index), entry.item, ...list.slice(entry.index)]
      return
    }
  }
}

/** Trash handlers: restore is the undo of every delete. */
export function trashHandlers(ctx: HandlerContext): DomainHandlers<'trash'> {
  return {
    async restore({ id }) {
      const found = ctx.store.state.trash.find((entry) => trashedId(entry) === id)
      if (!found) throw new AppError('not-found', 'That item can no longer be brought back.')
      const index = ctx.store.state.trash.indexOf(found)
      await ctx.store.update((state) => {
        putBack(state, found)
        state.trash.splice(index, 1)
      })
      return { id, kind: found.kind, skillId: skillOf(found), state: toStateView(ctx.store.state) }
    },
  }
}
