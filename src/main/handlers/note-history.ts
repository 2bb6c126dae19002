import type { HandlerContext } from './context'
import type { DomainHandlers } from './types'
import type { Note } from '../../shared/model'
import { AppError } from '../../shared/result'
import { pruneVersions } from '../history/versions'
import { nextTimestamp, requireNote } from './notes'

/** The history channels: list a note's versions, restore one (keeping the current text first, so a restore can be undone). */
export function noteHistoryHandlers(ctx: HandlerContext): Pick<DomainHandlers<'notes'>, 'history' | 'restoreVersion'> {
  return {
    async history({ id }) {
      requireNote(ctx.store.state.notes, id)
      // Pruned as read, too: a note untouched for months shows no version past the limit.
      return { versions: pruneVersions(ctx.store.state.noteHistory[id] ?? [], ctx.clock.now()).reverse() }
    },
    async restoreVersion({ id, at }) {
      const current = requireNote(ctx.store.state.notes, id)
      const versions = ctx.store.state.noteHistory[id] ?? []
      const version = versions.find((kept) => kept.at === at)
      if (!version) throw new AppError('not-found', 'That version is no longer kept. The list has been refreshed.')
      const next: Note = {
        ...current,
        title: version.title,
        body: version.body,
        updatedAt: nextTimestamp(current.updatedAt, ctx.clock.now()),
      }
      // The history listener keeps the current text as the newest version, in the same save.
      await ctx.store.update((state) => {
        state.notes[id] = next
      })
      return { ...next }
    },
  }
}
