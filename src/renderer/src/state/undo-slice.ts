import type { StateCreator } from 'zustand'
import type { TrashSummary } from '../../../shared/model'
import { call, type AnswerOf, type Outcome } from './call'
import type { Store } from './store'

/** The last removal or reset the learner can take back, and what takes it back. */
export interface UndoOffer {
  /** Tells one offer from the next, so an old undo cannot clear a newer offer. */
  serial: number
  /** What happened, e.g. "Deleted the note “HTTP verbs”." */
  message: string
  /** Puts it back through the real handlers (trash.restore, or the change that was reset). */
  restore: () => Promise<Outcome>
  /** Why the last try to undo failed, shown in the bar. */
  error: string | null
}

/** The app's one undo: a single offer at a time, shown by the undo bar, taken back by runUndo. */
export interface UndoSlice {
  undoOffer: UndoOffer | null
  /** Offers to take back what just happened; replaces an older offer. */
  offerUndo: (message: string, restore: () => Promise<Outcome>) => void
  /** Takes the offered change back; the offer goes once that worked, and stays with the message when not. */
  runUndo: () => Promise<Outcome>
  dismissUndo: () => void
  /** What the one trash holds, newest first, once a view asked for it (null before: kept fresh only from then on). */
  trashListing: TrashSummary[] | null
  trash: {
    /**
     * Puts a removed item (note, session, goal, card, evidence link, skill, sub-topic, category or
     * framework row) back as it was and holds main's new state; `skillId` tells apart sub-topics of
     * two skills that share an id.
     */
    restore: (id: string, skillId?: string) => Promise<Outcome<AnswerOf<'trash.restore'>>>
    /** Fetches what the trash holds into trashListing. */
    list: () => Promise<Outcome<TrashSummary[]>>
  }
}

let serials = 0

/** The undo slice: the offer, running it, and the trash channels behind removals. */
export const createUndoSlice: StateCreator<Store, [], [], UndoSlice> = (set, get) => {
  const list = (): Promise<Outcome<TrashSummary[]>> =>
    call('trash.list', undefined, { key: 'trash.list', apply: (trashListing) => set({ trashListing }) })
  return {
    undoOffer: null,
    offerUndo: (message, restore) => set({ undoOffer: { serial: ++serials, message, restore, error: null } }),
    async runUndo() {
      const offer = get().undoOffer
      if (!offer) return { ok: true, value: null }
      const outcome = await offer.restore()
      set((s) => {
        if (s.undoOffer?.serial !== offer.serial) return {}
        return { undoOffer: outcome.ok ? null : { ...offer, error: outcome.message } }
      })
      return outcome
    },
    dismissUndo: () => set({ undoOffer: null }),
    trashListing: null,
    trash: {
      async restore(id, skillId) {
        const outcome = await call('trash.restore', skillId === undefined ? { id } : { id, skillId }, {
          apply: ({ state }) => get().takeState(state),
          failure: 'Could not bring it back',
        })
        // Answered once the listing shows it gone, so a view can move focus by the new list.
        if (outcome.ok) await refreshTrash(get)
        return outcome
      },
      list,
    },
  }
}

/** Fetches the trash listing again when a view holds it (it shows what just went in or came out). */
async function refreshTrash(get: () => Store): Promise<void> {
  if (get().trashListing !== null) await get().trash.list()
}

/**
 * Once a removal succeeded (main put it in its trash), offers to bring the item with this id back;
 * `skillId` when the id is unique only within its skill (a sub-topic).
 */
export async function offeringUndo<T>(
  get: () => Store,
  message: string,
  id: string,
  pending: Promise<Outcome<T>>,
  skillId?: string,
): Promise<Outcome<T>> {
  const outcome = await pending
  if (outcome.ok) {
    get().offerUndo(message, () => get().trash.restore(id, skillId))
    await refreshTrash(get)
  }
  return outcome
}
