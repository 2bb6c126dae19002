import type { HandlerContext } from './context'
import type { DomainHandlers, Handlers } from './types'
import type { AppState, Note, NoteVersion } from '../../shared/model'
import { AppError } from '../../shared/result'
import { freshEditMemory, mergeVersions, pruneVersions, rememberSave, shouldKeepVersion, versionOf, withVersion } from '../history/versions'
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
      const now = ctx.clock.now()
      const next: Note = { ...current, title: version.title, body: version.body, updatedAt: nextTimestamp(current.updatedAt, now) }
      // One write: the current text becomes the newest version and the old one comes back.
      await ctx.store.update((state) => {
        state.noteHistory[id] = withVersion(versions, versionOf(current, 'restore'), now)
        state.notes[id] = next
      })
      return { ...next }
    },
  }
}

const sameList = (a: readonly NoteVersion[], b: readonly NoteVersion[]): boolean => a.length === b.length && a.every((version, i) => version === b[i])

/**
 * After an import or restore replaced `before`: each note that came back keeps the learner's text
 * it replaced as its newest version, and the histories of both sides are merged. Histories of
 * notes the new data does not have are dropped with those notes.
 */
function keepReplacedText(state: AppState, before: Pick<AppState, 'notes' | 'noteHistory'>, now: Date): void {
  for (const id of Object.keys(state.noteHistory)) if (!Object.hasOwn(state.notes, id)) delete state.noteHistory[id]
  for (const [id, note] of Object.entries(state.notes)) {
    const old = Object.hasOwn(before.notes, id) ? before.notes[id] : undefined
    if (!old) continue
    const theirs = state.noteHistory[id] ?? []
    let merged = mergeVersions(before.noteHistory[id] ?? [], theirs, now)
    if (old.title !== note.title || old.body !== note.body) merged = withVersion(merged, versionOf(old, 'import'), now)
    if (!sameList(merged, theirs)) state.noteHistory[id] = merged
  }
}

/**
 * Wraps the handlers that change note text so each note keeps its earlier versions (as Actual
 * Budget's undoable() wraps mutators): notes.save keeps one when an editing session starts and
 * at most every few minutes while typing (notes.create starts a session); an import or restore
 * keeps the text it replaced (a Markdown folder import keeps it in its own write, see apply-import.ts),
 * and the next edit after one starts a new session.
 */
export function withHistory(handlers: Handlers, ctx: HandlerContext): Handlers {
  const { notes, imports } = handlers
  const memory = freshEditMemory()
  const forgetSessions = (): void => {
    memory.last = null
    memory.keptAt.clear()
  }
  return {
    ...handlers,
    notes: {
      ...notes,
      async create(request) {
        // A new note's first session starts with it: its first text is not a version of anything.
        const answer = await notes.create(request)
        rememberSave(memory, answer.id, ctx.clock.now(), true)
        return answer
      },
      async save(request) {
        const state = ctx.store.state
        const current = Object.hasOwn(state.notes, request.id) ? state.notes[request.id] : undefined
        if (!current) return notes.save(request)
        const now = ctx.clock.now()
        const versions = state.noteHistory[request.id] ?? []
        const next = { title: request.title ?? current.title, body: request.body }
        const keep = shouldKeepVersion({ current, next, versions, memory, now })
        // Kept before the save: a crash between the two writes loses no text.
        if (keep) await ctx.store.update((s) => void (s.noteHistory[request.id] = withVersion(versions, versionOf(current, 'edit'), now)))
        const answer = await notes.save(request)
        rememberSave(memory, request.id, now, keep)
        return answer
      },
    },
    imports: {
      ...imports,
      async confirm(request) {
        const before = ctx.store.state
        // Shallow copies: a backup's replace empties the state object in place, but leaves these notes and lists as they are.
        const snapshot = { notes: { ...before.notes }, noteHistory: { ...before.noteHistory } }
        const answer = await imports.confirm(request)
        if (answer.kind === 'backup') {
          await ctx.store.update((state) => keepReplacedText(state, snapshot, ctx.clock.now()))
          forgetSessions()
        }
        // The imported text is kept as a version by the next edit, like any session's first save.
        if (answer.kind === 'folder' && answer.updated > 0) forgetSessions()
        return answer
      },
    },
  }
}
