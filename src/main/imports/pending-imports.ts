import { randomUUID } from 'node:crypto'
import type { z } from 'zod'
import { AppError } from '../../shared/result'
import type { ImportAnswer, ImportKind, importsChannels } from '../../shared/contract/imports'

/** How long a previewed import waits for confirmation. */
export const PENDING_FOR_MS = 15 * 60 * 1000

/** What imports.confirm is sent: the token, and what the learner chose in the preview. */
export type ConfirmRequest = z.output<typeof importsChannels.confirm.request>

/**
 * One kind of import (a backup, a pack or outline, a folder of notes) as it plugs into the pending
 * imports: what was read (`Held`) becomes a preview, and later a write.
 */
export interface Importer<Held, Preview> {
  kind: ImportKind
  /** What importing `held` would do to the data as it is now. */
  preview: (held: Held) => Preview
  /**
   * Readies `held` for the data as it is at confirmation (it may have changed since the preview).
   * Throwing here keeps the import waiting, so the learner can fix a choice and confirm again;
   * the write it answers runs once.
   */
  prepare: (held: Held, request: ConfirmRequest) => () => Promise<ImportAnswer>
}

/** What the learner is told to do when a token is no longer held, by the kind its token names. */
const START_AGAIN: Record<ImportKind, string> = {
  backup: 'Choose the backup again.',
  pack: 'Choose the pack or outline again.',
  folder: 'Choose the folder again.',
}

function staleMessage(token: string): string {
  const kind = Object.keys(START_AGAIN).find((k) => token.startsWith(`${k}-`)) as ImportKind | undefined
  const again = kind ? START_AGAIN[kind] : 'Start the import again.'
  return `This import is no longer waiting for confirmation: it was carried out or cancelled, a newer preview took its place, or it waited more than 15 minutes. ${again}`
}

interface Waiting {
  token: string
  expiresAt: number
  prepare: (request: ConfirmRequest) => () => Promise<ImportAnswer>
}

/**
 * The one previewed import waiting for the learner's yes or no, of whatever kind. One at a time:
 * the app shows one preview at a time, so a new preview (of any kind) replaces the one before and
 * only what the learner sees can be confirmed; it also keeps at most one read file in memory.
 */
export class PendingImports {
  #waiting: Waiting | null = null
  readonly #now: () => number

  /** `now` is main's clock, in milliseconds. */
  constructor(now: () => number) {
    this.#now = now
  }

  /** Holds `held` in place of any import waiting and answers its preview under a new token. */
  offer<Held, Preview extends object>(importer: Importer<Held, Preview>, held: Held): Preview & { token: string } {
    const preview = importer.preview(held)
    const token = `${importer.kind}-${randomUUID()}`
    this.#waiting = {
      token,
      expiresAt: this.#now() + PENDING_FOR_MS,
      prepare: (request) => importer.prepare(held, request),
    }
    return { ...preview, token }
  }

  /** Carries out the import waiting under `request.token`, once; a token not held (or expired) is refused. */
  async confirm(request: ConfirmRequest): Promise<ImportAnswer> {
    const waiting = this.#waiting
    if (!waiting || waiting.token !== request.token || waiting.expiresAt < this.#now()) {
      if (waiting?.token === request.token) this.#waiting = null
      throw new AppError('not-found', staleMessage(request.token))
    }
    const write = waiting.prepare(request)
    // Taken before the write starts: a second confirm of the same token is refused, not run twice.
    this.#waiting = null
    return write()
  }

  /** Drops the import waiting under `token` (nothing if another is waiting). */
  cancel(token: string): void {
    if (this.#waiting?.token === token) this.#waiting = null
  }
}
