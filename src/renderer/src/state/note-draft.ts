import type { NoteMeta } from '../../../shared/contract'
import { registerFlusher } from './flush'
import { useStore } from './store'
import { listedNote } from './note-lists'

/** How long typing must pause before a note is saved. */
export const AUTOSAVE_DELAY_MS = 600

/** Where a draft stands: loading its body, or how its last save went. */
export type DraftStatus = 'loading' | 'load-error' | 'idle' | 'pending' | 'saving' | 'saved' | 'error'

/** What the editor shows; a new object on every change (for useSyncExternalStore). */
export interface DraftSnapshot {
  noteId: string | null
  title: string
  body: string
  status: DraftStatus
  error: string | null
  meta: NoteMeta | null
}

// Open drafts by note id ("new:<skillId>" before the first save). A draft outlives its editor
// until its text is safely saved, so switching away and back never loses or reloads typing.
const drafts = new Map<string, NoteDraft>()
let flusherRegistered = false
let serials = 0

/** Saves every draft with unsaved text (window close, app tests). */
export async function flushAllDrafts(): Promise<void> {
  await Promise.allSettled([...new Set(drafts.values())].map((draft) => draft.flush()))
}

/**
 * One note being edited: holds the text as typed, saves it after a pause in typing and
 * whenever asked (blur, switching notes, closing the window), one save at a time. A failed
 * save keeps the text and reports the error; the next edit or flush tries again.
 */
export class NoteDraft {
  readonly skillId: string
  /** Stays the same when a new note gets its id, so the editor is not remounted mid-typing. */
  readonly serial = ++serials
  #snap: DraftSnapshot
  #saved = { title: '', body: '' }
  #timer: ReturnType<typeof setTimeout> | null = null
  #chain: Promise<void> = Promise.resolve()
  #listeners = new Set<() => void>()
  #mounts = 0

  /** The open draft of a note (or of a skill's new note when `noteId` is null), created on first use. */
  static open(skillId: string, noteId: string | null): NoteDraft {
    const key = noteId ?? `new:${skillId}`
    let draft = drafts.get(key)
    if (!draft) {
      draft = new NoteDraft(skillId, noteId)
      drafts.set(key, draft)
      if (noteId) void draft.#load()
    }
    if (!flusherRegistered) {
      flusherRegistered = true
      registerFlusher(flushAllDrafts)
    }
    return draft
  }

  private constructor(skillId: string, noteId: string | null) {
    this.skillId = skillId
    const meta = noteId ? listedNote(useStore.getState().noteLists, skillId, noteId) : null
    this.#snap = { noteId, title: '', body: '', status: noteId ? 'loading' : 'idle', error: null, meta }
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener)
    return () => void this.#listeners.delete(listener)
  }

  readonly getSnapshot = (): DraftSnapshot => this.#snap

  #set(change: Partial<DraftSnapshot>): void {
    this.#snap = { ...this.#snap, ...change }
    for (const listener of this.#listeners) listener()
  }

  get #dirty(): boolean {
    return this.#snap.title !== this.#saved.title || this.#snap.body !== this.#saved.body
  }

  async #load(): Promise<void> {
    const outcome = await useStore.getState().notes.get(this.#snap.noteId as string)
    if (!outcome.ok) return this.#set({ status: 'load-error', error: outcome.message })
    const { title, body } = outcome.value
    this.#saved = { title, body }
    this.#set({ title, body, status: 'idle', error: null })
  }

  /** Retries loading a note whose body could not be fetched. */
  reload(): void {
    if (this.#snap.status !== 'load-error') return
    this.#set({ status: 'loading', error: null })
    void this.#load()
  }

  /** Takes what the learner typed and schedules a save. Ignored while the body is still loading. */
  edit(change: { title?: string; body?: string }): void {
    if (this.#snap.status === 'loading' || this.#snap.status === 'load-error') return
    this.#set({ ...change, status: 'pending' })
    if (this.#timer) clearTimeout(this.#timer)
    this.#timer = setTimeout(() => void this.flush(), AUTOSAVE_DELAY_MS)
  }

  /** Saves now if anything is unsaved; resolves when every save asked for so far has finished. */
  flush(): Promise<void> {
    if (this.#timer) clearTimeout(this.#timer)
    this.#timer = null
    this.#chain = this.#chain.then(() => this.#save())
    return this.#chain
  }

  async #save(): Promise<void> {
    const status = this.#snap.status
    if (status === 'loading' || status === 'load-error') return
    if (!this.#dirty) {
      if (status === 'pending') this.#set({ status: this.#snap.meta ? 'saved' : 'idle' })
      return
    }
    const { title, body } = this.#snap
    this.#set({ status: 'saving' })
    const id = this.#snap.noteId
    const { notes } = useStore.getState()
    // A new note is created with its first text: one round trip and one write.
    const outcome = id
      ? await notes.save(id, title, body)
      : await notes.create(this.skillId, { title, body }, (created) => this.#claim(created))
    if (!outcome.ok) return this.#set({ status: 'error', error: outcome.message })
    const meta = outcome.value
    this.#saved = { title, body }
    this.#set({ noteId: meta.id, meta, status: this.#dirty ? 'pending' : 'saved', error: null })
  }

  // From now on this draft is that note's draft: its editor stays mounted when the note is listed.
  #claim(meta: NoteMeta): void {
    drafts.delete(`new:${this.skillId}`)
    drafts.set(meta.id, this)
    this.#set({ noteId: meta.id, meta })
  }

  /** Takes text main saved by itself (a restored version) as the saved text, dropping nothing: call it after a flush. */
  adopt(note: { title: string; body: string; meta: NoteMeta }): void {
    if (this.#timer) clearTimeout(this.#timer)
    this.#timer = null
    this.#saved = { title: note.title, body: note.body }
    this.#set({ title: note.title, body: note.body, meta: note.meta, status: 'saved', error: null })
  }

  /** The editor showing this draft mounted. */
  attach(): void {
    this.#mounts += 1
  }

  /** The editor went away: save what is left, then forget the draft unless it is shown again or unsaved. */
  detach(): void {
    this.#mounts -= 1
    void this.flush().then(() => {
      const key = this.#snap.noteId ?? `new:${this.skillId}`
      if (this.#mounts === 0 && !this.#dirty && drafts.get(key) === this) drafts.delete(key)
    })
  }

  /** Drops unsaved text and forgets the draft (the note is being deleted). */
  discard(): void {
    if (this.#timer) clearTimeout(this.#timer)
    this.#timer = null
    this.#saved = { title: this.#snap.title, body: this.#snap.body }
    drafts.delete(this.#snap.noteId ?? `new:${this.skillId}`)
  }
}
