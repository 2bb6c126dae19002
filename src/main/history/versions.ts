import type { Note, NoteVersion, VersionReason } from '../../shared/model'

/** Most versions kept per note. */
export const MAX_VERSIONS = 50
/** Versions older than this many days are dropped. */
export const MAX_VERSION_AGE_DAYS = 90
/** While typing, a version is kept at most this often. */
export const VERSION_INTERVAL_MS = 5 * 60 * 1000

const DAY_MS = 24 * 60 * 60 * 1000

/** The version a note's current text becomes. */
export function versionOf(note: Pick<Note, 'title' | 'body' | 'updatedAt'>, reason: VersionReason): NoteVersion {
  return { at: note.updatedAt, title: note.title, body: note.body, reason }
}

const sameText = (a: { title: string; body: string }, b: { title: string; body: string }): boolean =>
  a.title === b.title && a.body === b.body

/**
 * The versions that stay (oldest first, as given): none older than MAX_VERSION_AGE_DAYS before
 * `now`, and only the newest MAX_VERSIONS. Safe by construction: it only drops the oldest, the
 * newest version always stays (text last saved long ago may have been replaced just now), and a
 * version stamped after `now` (a clock set back) is kept.
 */
export function pruneVersions(versions: readonly NoteVersion[], now: Date): NoteVersion[] {
  const oldest = now.getTime() - MAX_VERSION_AGE_DAYS * DAY_MS
  const kept = versions.filter((version, i) => i === versions.length - 1 || Date.parse(version.at) >= oldest)
  return kept.slice(Math.max(0, kept.length - MAX_VERSIONS))
}

/**
 * `versions` with `version` added as the newest (a new array; the old one is left as it was),
 * then pruned. A version with the same text as the newest kept one, or stamped at the same
 * moment as one kept, adds nothing.
 */
export function withVersion(versions: readonly NoteVersion[], version: NoteVersion, now: Date): NoteVersion[] {
  const newest = versions[versions.length - 1]
  if ((newest && sameText(newest, version)) || versions.some((kept) => kept.at === version.at))
    return pruneVersions(versions, now)
  const merged = [...versions, version].sort((a, b) => a.at.localeCompare(b.at))
  return pruneVersions(merged, now)
}

/** `ours` and `theirs` as one history in time order (one version per moment, ours first), pruned. */
export function mergeVersions(ours: readonly NoteVersion[], theirs: readonly NoteVersion[], now: Date): NoteVersion[] {
  const byAt = new Map<string, NoteVersion>()
  for (const version of [...ours, ...theirs]) if (!byAt.has(version.at)) byAt.set(version.at, version)
  return pruneVersions(
    [...byAt.values()].sort((a, b) => a.at.localeCompare(b.at)),
    now,
  )
}

/** What the app remembers of editing in this run (not stored: a restart starts a new session). */
export interface EditMemory {
  /** The note saved last. */
  last: { noteId: string } | null
  /** When a version of each note was last kept in this run (ms). */
  keptAt: Map<string, number>
}

/** Nothing edited yet: the first save of any note starts a session. */
export function freshEditMemory(): EditMemory {
  return { last: null, keptAt: new Map() }
}

/**
 * Whether saving new text over `current` should first keep `current` as a version: at the start of
 * an editing session (the first save of the note since the app started, or coming back to it from
 * another note), and while typing (or after a pause) once VERSION_INTERVAL_MS has passed
 * since the last version kept. Never when the text does not change, the newest version already
 * holds it, or the note was empty.
 */
export function shouldKeepVersion(input: {
  current: Note
  next: { title: string; body: string }
  versions: readonly NoteVersion[]
  memory: EditMemory
  now: Date
}): boolean {
  const { current, next, versions, memory, now } = input
  if (sameText(current, next) || (current.title === '' && current.body === '')) return false
  const newest = versions[versions.length - 1]
  if (newest && sameText(newest, current)) return false
  const keptAt = memory.keptAt.get(current.id)
  return isSessionStart(memory, current.id) || keptAt === undefined || now.getTime() - keptAt >= VERSION_INTERVAL_MS
}

/** Whether a save of `noteId` starts an editing session (see shouldKeepVersion). */
function isSessionStart(memory: EditMemory, noteId: string): boolean {
  const { last } = memory
  return !last || last.noteId !== noteId
}

/** Notes a save of `noteId` in `memory`: the interval runs from a session's start or the last version kept. */
export function rememberSave(memory: EditMemory, noteId: string, now: Date, kept: boolean): void {
  if (kept || isSessionStart(memory, noteId)) memory.keptAt.set(noteId, now.getTime())
  memory.last = { noteId }
}
