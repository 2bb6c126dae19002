import type { StateCreator } from 'zustand'
import type { NoteMeta } from '../../../shared/contract'
import { call, inBanner, patchData, type AnswerOf, type Outcome } from './call'
import { changedList, countedNotes, listedNote, noteListLoaded, type NoteList } from './note-lists'
import type { Store } from './store'
import { offeringUndo } from './undo-slice'
import { targetsWith, targetsWithout, type LinkTargetList } from './note-links'

export type { NoteList } from './note-lists'

/** Note metadata kept in step with main, listed per skill on demand; bodies live in the editor's draft. */
export interface NotesSlice {
  /** Each skill's note list as far as fetched (absent until a notes panel asks for it). */
  noteLists: Record<string, NoteList>
  /** Forgets every fetched list (the whole state was replaced), so each is asked for again. */
  dropNoteLists: () => void
  /** Every note's title for `[[` links (null until fetched), kept in step with saves. */
  linkTargets: LinkTargetList | null
  /** Counts note changes, so what shows backlinks knows to ask again. */
  notesVersion: number
  notes: {
    /** Fetches a skill's note list unless it is loaded or on its way; after a failure it tries again. */
    list: (skillId: string) => Promise<Outcome>
    /**
     * Creates a note on a skill with its first title and body; counts and lists it. `claim` gets
     * the answer before the note is listed, so the draft it came from takes the new id first.
     */
    create: (
      skillId: string,
      first: { title: string; body: string },
      claim?: (meta: NoteMeta) => void,
    ) => Promise<Outcome<NoteMeta>>
    /** Starts an empty note on a skill and opens it; the banner says why when that failed. */
    start: (skillId: string) => Promise<Outcome<NoteMeta>>
    /** One note with its body. */
    get: (id: string) => Promise<Outcome<AnswerOf<'notes.get'>>>
    /** Saves a note's title and body; lists the metadata main answers. */
    save: (id: string, title: string, body: string) => Promise<Outcome<NoteMeta>>
    /** Deletes a note of a skill and offers to undo it; the banner says why when that failed. */
    delete: (id: string, skillId: string) => Promise<Outcome>
    /** A note's earlier versions with their text, newest first. */
    history: (id: string) => Promise<Outcome<AnswerOf<'notes.history'>>>
    /** Puts a version back (main keeps the current text as a version first, so it can be undone); lists the new metadata. */
    restoreVersion: (id: string, at: string) => Promise<Outcome<AnswerOf<'notes.restoreVersion'>>>
    /** Fetches every note's title for links unless they are loaded. */
    linkTargets: () => Promise<Outcome>
    /** The notes linking to a note or a skill. */
    backlinks: (kind: 'note' | 'skill', id: string) => Promise<Outcome<AnswerOf<'notes.backlinks'>>>
  }
}

// Tells a list request apart from a later one for the same skill (asked again after the lists were dropped).
let requests = 0

/** The notes slice: note lists per skill and the notes actions. */
export const createNotesSlice: StateCreator<Store, [], [], NotesSlice> = (set, get) => {
  const changed = (skillId: string, id: string, meta: NoteMeta | null): void =>
    set((s) => ({
      noteLists: changedList(s.noteLists, skillId, id, meta),
      linkTargets: meta ? targetsWith(s.linkTargets, meta) : targetsWithout(s.linkTargets, id),
      notesVersion: s.notesVersion + 1,
    }))
  // A note main just created: counted on its skill and listed there.
  const created = (meta: NoteMeta): void => {
    patchData(set, 'noteCounts', (counts) => countedNotes(counts, meta.skillId, 1))
    changed(meta.skillId, meta.id, meta)
  }

  return {
    noteLists: {},
    linkTargets: null,
    notesVersion: 0,
    dropNoteLists: () => set((s) => ({ noteLists: {}, linkTargets: null, notesVersion: s.notesVersion + 1 })),
    notes: {
      async list(skillId) {
        const current = get().noteLists[skillId]
        if (current && current.status !== 'error') return { ok: true, value: null }
        const token = ++requests
        set((s) => ({ noteLists: { ...s.noteLists, [skillId]: { status: 'loading', token, changes: {} } } }))
        const outcome = await call('notes.list', { skillId })
        set((s) => {
          const list = s.noteLists[skillId]
          // The lists were dropped (the whole state was replaced) or asked for again: this answer is stale.
          if (list?.status !== 'loading' || list.token !== token) return {}
          const next: NoteList = outcome.ok
            ? noteListLoaded(outcome.value.notes, list.changes)
            : { status: 'error', error: outcome.message }
          return { noteLists: { ...s.noteLists, [skillId]: next } }
        })
        return outcome
      },
      create: (skillId, first, claim) =>
        call('notes.create', { skillId, ...first }, { apply: (meta) => (claim?.(meta), created(meta)) }),
      async start(skillId) {
        const outcome = await inBanner(
          get,
          call('notes.create', { skillId }, { apply: created, failure: 'Could not start a new note' }),
        )
        if (outcome.ok) get().selectSkill(skillId, outcome.value.id)
        return outcome
      },
      get: (id) => call('notes.get', { id }),
      save: (id, title, body) =>
        call('notes.save', { id, title, body }, { apply: (meta) => changed(meta.skillId, meta.id, meta) }),
      history: (id) => call('notes.history', { id }),
      async linkTargets() {
        if (get().linkTargets) return { ok: true, value: null }
        return call('notes.linkTargets', undefined, {
          key: 'link-targets',
          apply: ({ notes }) => set({ linkTargets: notes }),
        })
      },
      backlinks: (kind, id) => call('notes.backlinks', { kind, id }),
      restoreVersion: (id, at) =>
        call(
          'notes.restoreVersion',
          { id, at },
          {
            apply: ({ body, ...meta }) => changed(meta.skillId, meta.id, { ...meta, chars: body.length }),
            failure: 'Could not restore the version',
          },
        ),
      delete: (id, skillId) =>
        offeringUndo(
          get,
          `Deleted the note “${listedNote(get().noteLists, skillId, id)?.title || 'Untitled note'}”.`,
          id,
          inBanner(
            get,
            call(
              'notes.delete',
              { id },
              {
                apply: () => {
                  patchData(set, 'noteCounts', (counts) => countedNotes(counts, skillId, -1))
                  changed(skillId, id, null)
                  get().forgetNote(id)
                },
                failure: 'Could not delete the note',
              },
            ),
          ),
        ),
    },
  }
}
