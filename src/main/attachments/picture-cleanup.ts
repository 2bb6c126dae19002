import { join } from 'node:path'
import { z } from 'zod'
import type { DataStore } from '../store/data-store'
import type { Clock } from '../clock'
import type { Logger } from '../router'
import { readTextOrNull, writeDurably } from '../store/durable-file'
import { parseJsonSafely } from '../../shared/safe-json'
import { timestampSchema } from '../../shared/schemas/common'
import type { AttachmentStore } from './attachment-store'
import { picturesNamedInChanged, picturesNamedInTurns } from './named-in-state'

/** How long a picture nothing names stays before it is removed, counted from when a sweep first saw it unused. */
export const UNUSED_GRACE_DAYS = 14

/** The sidecar in the attachments folder: since when each unused picture has been seen unused. Not a picture's name, so never removed. */
export const UNUSED_SINCE_FILE = 'unused-since.json'

const DAY_MS = 24 * 60 * 60 * 1000

const unusedSinceSchema = z.object({ format: z.literal(1), unusedSince: z.record(z.string(), timestampSchema) })

/** What one sweep did. */
export interface SweepResult {
  /** Stored pictures something names. */
  inUse: number
  /** Stored pictures nothing names, still within their grace period. */
  waiting: number
  /** Pictures removed this time. */
  removed: string[]
  /** Set when the sweep removed nothing on purpose (the sidecar could not be read). */
  heldBack?: string
}

/**
 * Removes the pictures that no note, earlier version, trash entry or own card has named for
 * UNUSED_GRACE_DAYS. A picture named again within that time is kept and its mark dropped; a
 * picture added since the last sweep counts as in use (its note may not be saved yet).
 */
export class PictureCleanup {
  readonly #o: { store: DataStore; attachments: AttachmentStore; clock: Clock; log: Logger }
  #running: Promise<SweepResult> | null = null

  constructor(options: { store: DataStore; attachments: AttachmentStore; clock: Clock; log: Logger }) {
    this.#o = options
  }

  /** One sweep (the app runs it after start-up and once a day); a sweep asked for while one runs joins it. */
  sweep(): Promise<SweepResult> {
    this.#running ??= this.#sweep().finally(() => (this.#running = null))
    return this.#running
  }

  /** Waits for a sweep under way (the core closes after it). */
  async settled(): Promise<void> {
    await this.#running?.catch(() => undefined)
  }

  get #sidecar(): string {
    return join(this.#o.attachments.folder, UNUSED_SINCE_FILE)
  }

  async #sweep(): Promise<SweepResult> {
    const { store, attachments, clock } = this.#o
    const recent = attachments.takeRecent()
    const stored = await attachments.list()
    if (stored.length === 0) return { inUse: 0, waiting: 0, removed: [] }
    const marks = await this.#readMarks()
    const scanned = store.state
    const used = await picturesNamedInTurns(scanned)
    // What was written while the scan gave main its turns is read too, at once.
    for (const name of picturesNamedInChanged(scanned, store.state)) used.add(name)

    const now = clock.now()
    const unused: Record<string, string> = {}
    const due: string[] = []
    for (const name of stored) {
      if (used.has(name) || recent.has(name)) continue
      const since = marks?.[name]
      unused[name] = since ?? now.toISOString()
      if (since && now.getTime() - Date.parse(since) >= UNUSED_GRACE_DAYS * DAY_MS) due.push(name)
    }
    const removed: string[] = []
    for (const name of due) {
      if (!(await attachments.remove(name))) continue
      removed.push(name)
      delete unused[name]
    }
    await writeDurably(this.#sidecar, `${JSON.stringify({ format: 1, unusedSince: unused }, null, 2)}\n`)
    if (removed.length > 0) this.#o.log(`pictures: removed ${removed.length} unused for ${UNUSED_GRACE_DAYS} days`)
    const waiting = Object.keys(unused).length
    const result = { inUse: stored.length - waiting - removed.length, waiting, removed }
    return marks ? result : { ...result, heldBack: 'the record of unused pictures could not be read; it starts again' }
  }

  /** The marks kept so far (none when there is no sidecar yet), or null when the sidecar is unreadable: then nothing is removed this time. */
  async #readMarks(): Promise<Record<string, string> | null> {
    let text: string | null
    try {
      text = await readTextOrNull(this.#sidecar)
    } catch (error) {
      this.#o.log('pictures: the unused-since record could not be read', error)
      return null
    }
    if (text === null) return {}
    const parsed = parseJsonSafely(text)
    const checked = parsed.ok ? unusedSinceSchema.safeParse(parsed.value) : null
    if (checked?.success) return checked.data.unusedSince
    this.#o.log('pictures: the unused-since record is damaged; nothing is removed and it starts again')
    return null
  }
}
