import type { Around, DataStore } from '../store/data-store'
import type { Clock } from '../clock'
import type { Logger } from '../router'
import type { AppState, NoteVersion, VersionReason } from '../../shared/model'
import type { Change, Origin } from '../../shared/changes/records'
import { idsOfKind } from '../../shared/changes/records'
import {
  freshEditMemory,
  mergeVersions,
  rememberSave,
  shouldKeepVersion,
  versionOf,
  withVersion,
} from '../history/versions'
import { own } from '../../shared/own'

const sameList = (a: readonly NoteVersion[], b: readonly NoteVersion[]): boolean =>
  a.length === b.length && a.every((version, i) => version === b[i])
const sameText = (a: { title: string; body: string } | undefined, b: { title: string; body: string }): boolean =>
  a !== undefined && a.title === b.title && a.body === b.body
const isChannel = (origin: Origin, channel: string): boolean => origin.kind === 'channel' && origin.channel === channel

/**
 * After a backup restore replaced `before`: each note that came back keeps the learner's text it
 * replaced as its newest version, and the histories of both sides are merged. Histories of notes
 * the new data does not have are dropped with those notes.
 */
function keepReplacedText(state: AppState, before: Pick<AppState, 'notes' | 'noteHistory'>, now: Date): void {
  for (const id of Object.keys(state.noteHistory)) if (!Object.hasOwn(state.notes, id)) delete state.noteHistory[id]
  for (const [id, note] of Object.entries(state.notes)) {
    const old = own(before.notes, id)
    if (!old) continue
    const theirs = state.noteHistory[id] ?? []
    let merged = mergeVersions(before.noteHistory[id] ?? [], theirs, now)
    if (old.title !== note.title || old.body !== note.body) merged = withVersion(merged, versionOf(old, 'import'), now)
    if (!sameList(merged, theirs)) state.noteHistory[id] = merged
  }
}

/**
 * Keeps each note's earlier versions, in one place, for every write that changes a note's text:
 * a save keeps one when an editing session starts and at most every few minutes while typing
 * (a new note starts a session); a restored version keeps the text it replaced; a rename that
 * rewrote links keeps the text from before (once per run of renames); an import keeps the text it
 * replaced (a backup restore merges both histories) and ends the editing sessions. A deleted
 * note's versions go with it. The versions are written in the same save as the change.
 */
export function followNoteHistory(store: DataStore, clock: Clock, log: Logger): () => void {
  const memory = freshEditMemory()
  const follow = ({ origin, records }: Change, { before, after }: Around): void => {
    if (origin.kind === 'derived' && origin.by === 'note-history') return
    const ids = idsOfKind(records, 'note')
    if (ids.length === 0) return
    const now = clock.now()
    const write = (change: (state: AppState) => void): void =>
      void store
        .update(change, { kind: 'derived', by: 'note-history' })
        .catch((error: unknown) => log('could not save the history of a note', error))
    if (origin.kind === 'import' && origin.what === 'backup') {
      write((state) => keepReplacedText(state, before, now))
      memory.last = null
      memory.keptAt.clear()
      return
    }
    const kept: Array<{ id: string; version: NoteVersion }> = []
    const gone: string[] = []
    for (const id of ids) {
      const [old, note] = [own(before.notes, id), own(after.notes, id)]
      if (!note) {
        if (Object.hasOwn(after.noteHistory, id)) gone.push(id)
        continue
      }
      if (!old) {
        if (isChannel(origin, 'notes:create')) rememberSave(memory, id, now, true)
        continue
      }
      if (old.title === note.title && old.body === note.body) continue
      const versions = after.noteHistory[id] ?? []
      let reason: VersionReason | null = 'import'
      if (isChannel(origin, 'notes:save')) {
        const keep = shouldKeepVersion({ current: old, next: note, versions, memory, now })
        rememberSave(memory, id, now, keep)
        reason = keep ? 'edit' : null
      } else if (isChannel(origin, 'notes:restoreVersion')) reason = 'restore'
      else if (origin.kind === 'derived' && origin.by === 'link-rename')
        reason = versions.at(-1)?.reason === 'rename' ? null : 'rename'
      else if (origin.kind === 'device') {
        // Another computer's text merged in: this computer's own text is kept when it was edited
        // here since (so both computers' texts are in the history); a note only edited elsewhere
        // has its versions there, and keeping one per merge would make every note's history long.
        reason = memory.keptAt.has(id) && !sameText(versions.at(-1), old) ? 'import' : null
        memory.keptAt.delete(id)
      }
      if (reason) kept.push({ id, version: versionOf(old, reason) })
    }
    if (origin.kind === 'import') {
      memory.last = null
      memory.keptAt.clear()
    }
    if (kept.length === 0 && gone.length === 0) return
    write((state) => {
      for (const id of gone) delete state.noteHistory[id]
      for (const { id, version } of kept) state.noteHistory[id] = withVersion(state.noteHistory[id] ?? [], version, now)
    })
  }
  return store.subscribe(follow)
}
