import type { Notice } from '../shared/contract'

/**
 * The notices the learner must see. Each is sent as an event when raised and kept until
 * withdrawn, so app.getState also answers the ones raised before the window listened.
 */
export class NoticeBoard {
  readonly #kept = new Map<string, Notice>()
  readonly #send: (notice: Notice) => void

  constructor(send: (notice: Notice) => void) {
    this.#send = send
  }

  /** Keeps and sends `notice`; one already kept under its id is not sent again. Says whether it was new. */
  raise(notice: Notice): boolean {
    if (this.#kept.has(notice.id)) return false
    this.#kept.set(notice.id, notice)
    this.#send(notice)
    return true
  }

  /** Stops keeping a notice once what it warned of is over, so a new occurrence is told again. */
  withdraw(id: string): void {
    this.#kept.delete(id)
  }

  /** The notices kept now, oldest first. */
  get current(): Notice[] {
    return [...this.#kept.values()]
  }
}
