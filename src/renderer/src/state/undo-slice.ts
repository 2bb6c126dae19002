import type { StateCreator } from 'zustand'
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
  trash: {
    /** Puts a removed note, session, goal, card or evidence link back as it was and holds main's new state. */
    restore: (id: string) => Promise<Outcome<AnswerOf<'trash.restore'>>>
  }
}

let serials = 0

/** The undo slice: the offer, running it, and the trash channel behind removals. */
export const createUndoSlice: StateCreator<Store, [], [], UndoSlice> = (set, get) => ({
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
  trash: {
    restore: (id) => call('trash.restore', { id }, { apply: ({ state }) => get().takeState(state), failure: 'Could not bring it back' }),
  },
})

/** Once a removal succeeded (main put it in its trash), offers to bring the item with this id back. */
export async function offeringUndo<T>(get: () => Store, message: string, id: string, pending: Promise<Outcome<T>>): Promise<Outcome<T>> {
  const outcome = await pending
  if (outcome.ok) get().offerUndo(message, () => get().trash.restore(id))
  return outcome
}
