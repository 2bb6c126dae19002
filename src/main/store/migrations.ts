import { SCHEMA_VERSION } from '../../shared/model'
import { defaultCurriculum } from '../../shared/curriculum/default'
import { addNoteHistory } from './migrate-note-history'
import { mergeCurriculumTrash } from './migrate-one-trash'
import { addOrderKeys } from './migrate-order-keys'

/** One step: takes a file of version N (unchecked JSON) and returns version N+1. */
type Migration = (data: Record<string, unknown>) => Record<string, unknown>

/**
 * Steps keyed by the version they upgrade from. Version 0 is the unversioned layout of
 * early builds (a bare object of skills); it shows how a real step is written and tested.
 */
const migrations: Record<number, Migration> = {
  0: (data) => ({ schemaVersion: 1, skills: data.skills ?? {}, notes: data.notes ?? {} }),
  // Version 2 keeps the curriculum in the file: version 1 used the built-in one, so it is seeded with
  // exactly that (same ids), and everything the learner recorded against those ids stays attached.
  1: (data) => ({ ...data, schemaVersion: 2, curriculum: defaultCurriculum() }),
  // Version 3 keeps earlier versions of each note.
  2: addNoteHistory(2),
  // Version 4 has one trash: the curriculum's moves into the app's.
  3: mergeCurriculumTrash(3),
  // Version 5 keeps order as a key on each item (categories, skills, sub-topics, framework rows, goals of one's own).
  4: addOrderKeys(4),
}

/** Thrown for a file written by a newer build: we must not guess at its meaning. */
export class NewerVersionError extends Error {
  constructor(readonly version: number) {
    super(
      `The data file was written by a newer version of Groundwork (data version ${version}; this build reads up to ${SCHEMA_VERSION}).`,
    )
  }
}

/** The version a parsed file was written in (0 for the unversioned layout). */
export function versionOf(raw: unknown): number {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return SCHEMA_VERSION
  const version = (raw as Record<string, unknown>).schemaVersion
  return typeof version === 'number' ? version : 0
}

/** Brings parsed JSON up to SCHEMA_VERSION step by step; validation happens afterwards. */
export function migrate(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw
  let data = raw as Record<string, unknown>
  let version = typeof data.schemaVersion === 'number' ? data.schemaVersion : 0
  if (version > SCHEMA_VERSION) throw new NewerVersionError(version)
  while (version < SCHEMA_VERSION) {
    const step = migrations[version]
    if (!step) throw new Error(`No migration from data version ${version}.`)
    data = step(data)
    version += 1
  }
  return data
}
