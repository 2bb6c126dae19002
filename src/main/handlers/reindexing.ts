import type { Handlers } from './types'

/** An index over the notes that follows their changes (the search index, the link index). */
export interface NoteIndex {
  notesChanged: (ids: readonly string[]) => void
  allNotesChanged: () => void
}

/** Several indexes told of each change as one. */
export function allIndexes(...indexes: NoteIndex[]): NoteIndex {
  return { notesChanged: (ids) => indexes.forEach((index) => index.notesChanged(ids)), allNotesChanged: () => indexes.forEach((index) => index.allNotesChanged()) }
}

/** Which notes a handler's answer says it changed: their ids, or 'all' when it replaced the whole state. */
type Touched<Res> = (response: Res) => readonly string[] | 'all'

/**
 * Wraps a handler that changes notes so the indexes follow it, as Actual Budget wraps
 * handlers in mutator(undoable(fn)): the handler itself never thinks of the index.
 */
export function reindexes<Req, Res>(index: NoteIndex, handler: (request: Req) => Promise<Res>, touched: Touched<Res>): (request: Req) => Promise<Res> {
  return async (request) => {
    let response: Res
    try {
      response = await handler(request)
    } catch (error) {
      // A failed write still leaves the change in memory (the next save retries it), and the
      // failure names no note: compare them all on the next query rather than guess.
      index.allNotesChanged()
      throw error
    }
    const ids = touched(response)
    if (ids === 'all') index.allNotesChanged()
    else index.notesChanged(ids)
    return response
  }
}

const byId = (answer: { id: string }): string[] => [answer.id]

/** The handler map with every handler that changes notes wrapped by `reindexes`. */
export function withReindexing(handlers: Handlers, index: NoteIndex): Handlers {
  const { notes, imports, trash } = handlers
  return {
    ...handlers,
    notes: {
      ...notes,
      create: reindexes(index, notes.create, byId),
      save: reindexes(index, notes.save, byId),
      delete: reindexes(index, notes.delete, byId),
      restoreVersion: reindexes(index, notes.restoreVersion, byId),
    },
    // A backup import or restore replaces every note at once; a folder import adds and updates them by the hundred; a pack leaves them be.
    imports: { ...imports, confirm: reindexes(index, imports.confirm, (answer) => (answer.kind === 'pack' ? [] : 'all')) },
    // Undo of a delete may bring a note back.
    trash: { ...trash, restore: reindexes(index, trash.restore, (answer) => (answer.kind === 'note' ? [answer.id] : [])) },
  }
}
