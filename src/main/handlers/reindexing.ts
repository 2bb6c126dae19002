import type { SearchIndex } from '../../shared/search/search-index'
import type { Handlers } from './types'

/** Which notes a handler's answer says it changed: their ids, or 'all' when it replaced the whole state. */
type Touched<Res> = (response: Res) => readonly string[] | 'all'

/**
 * Wraps a handler that changes notes so the search index follows it, as Actual Budget wraps
 * handlers in mutator(undoable(fn)): the handler itself never thinks of the index.
 */
export function reindexes<Req, Res>(index: SearchIndex, handler: (request: Req) => Promise<Res>, touched: Touched<Res>): (request: Req) => Promise<Res> {
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
export function withReindexing(handlers: Handlers, index: SearchIndex): Handlers {
  const { notes, backup } = handlers
  return {
    ...handlers,
    notes: {
      ...notes,
      create: reindexes(index, notes.create, byId),
      save: reindexes(index, notes.save, byId),
      delete: reindexes(index, notes.delete, byId),
      restoreVersion: reindexes(index, notes.restoreVersion, byId),
    },
    // Import and restore replace every note at once.
    backup: { ...backup, confirm: reindexes(index, backup.confirm, () => 'all') },
  }
}
