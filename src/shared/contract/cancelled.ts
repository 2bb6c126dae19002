// Zod-free, so the renderer can tell a closed dialog apart without bundling the schemas (zod's
// eval probe would trip the page's CSP).

/** A dialog the learner closed without choosing a file: a value, not an error. */
export interface Cancelled {
  cancelled: true
}

/** The one cancelled answer, for handlers to return. */
export const CANCELLED: Cancelled = { cancelled: true }

/** Did the learner close the dialog without choosing a file? */
export function isCancelled(answer: object): answer is Cancelled {
  return 'cancelled' in answer && answer.cancelled === true
}
