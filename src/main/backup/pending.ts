import { randomUUID } from 'node:crypto'
import type { AppState } from '../../shared/model'

/** How long a previewed import waits for confirmation. */
const PENDING_FOR_MS = 15 * 60 * 1000

interface Pending<T> {
  state: T
  expiresAt: number
}

/**
 * Validated data waiting for the learner's confirmation, under an opaque token (a backup's state,
 * a folder of notes read, or a curriculum pack or outline). Only the latest preview is kept: choosing another file replaces it.
 */
export class PendingImports<T = AppState> {
  #current: { token: string; pending: Pending<T> } | null = null

  /** Holds `state` and answers its token. */
  hold(state: T, now = Date.now()): string {
    const token = randomUUID()
    this.#current = { token, pending: { state, expiresAt: now + PENDING_FOR_MS } }
    return token
  }

  /** Answers the held state for `token` and keeps holding it, or null if unknown or expired. */
  peek(token: string, now = Date.now()): T | null {
    const current = this.#current
    return current && current.token === token && current.pending.expiresAt >= now ? current.pending.state : null
  }

  /** Removes and answers the held state for `token`, or null if unknown or expired. */
  take(token: string, now = Date.now()): T | null {
    const current = this.#current
    if (!current || current.token !== token) return null
    this.#current = null
    return current.pending.expiresAt >= now ? current.pending.state : null
  }

  /** Forgets the held state for `token`. */
  drop(token: string): void {
    if (this.#current?.token === token) this.#current = null
  }
}
