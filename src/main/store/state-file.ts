import type { Adapter } from 'lowdb'
import type { AppState } from '../../shared/model'
import { readBytesOrNull, writeDurably } from './durable-file'
import { parseStateFile } from './parse-state'
import { StateSerializer } from './serializer'

/**
 * Reads a data file (or a backup) as validated, migrated state plus the bytes and data version it came from;
 * a missing file reads as null, a bad one throws with a readable reason.
 */
export async function readState(path: string): Promise<{ state: AppState; bytes: Buffer; fromVersion: number } | null> {
  const bytes = await readBytesOrNull(path)
  return bytes === null ? null : { ...parseStateFile(bytes.toString('utf8')), bytes }
}

/**
 * lowdb's two-method adapter over the data file: reads are validated (a bad file must be kept
 * aside, not trusted), writes are durable and group-committed by the store.
 */
export class StateFile implements Adapter<AppState> {
  readonly #path: string
  // Reuses the JSON of notes that did not change, so a save does not re-encode years of notes.
  readonly #serializer = new StateSerializer()

  constructor(path: string) {
    this.#path = path
  }

  /** The state in the file, or null when there is none. */
  async read(): Promise<AppState | null> {
    return (await readState(this.#path))?.state ?? null
  }

  /** Replaces the file with `state`, durably. */
  async write(state: AppState): Promise<void> {
    await writeDurably(this.#path, this.#serializer.serialize(state))
  }
}
