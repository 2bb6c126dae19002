import * as Y from 'yjs'
import * as Automerge from '@automerge/automerge'
import { LoroDoc, LoroMap, LoroText } from 'loro-crdt'
import type { AppState, Note } from '../../src/shared/model'
import { reviewKey, textSplice, type SyncOp } from './sync-workload'

/**
 * One computer's copy of the synced document. Every engine holds the state the same way: one
 * map per collection keyed by item id (notes, skills, card schedules, study sessions, review log
 * entries keyed by a hash), small fields as plain values (last writer wins), each note body as
 * the engine's text type, and the slices that rarely change as one value each.
 */
export interface SyncReplica {
  /** Makes one change as one transaction, as following one change record would. */
  apply(op: SyncOp): void
  /** The incremental updates made here since the last call, one per change. */
  takeUpdates(): Uint8Array[]
  /** Merges updates from another computer (a segment's worth, in one go). */
  merge(updates: readonly Uint8Array[]): void
  /** The full document, as a compacted snapshot file would hold it. */
  snapshot(): Uint8Array
  /** A snapshot without the history before now, when the engine can make one (Loro's shallow snapshot). */
  shallowSnapshot?(): Uint8Array
  /** A note's body as this replica has it. */
  body(noteId: string): string | undefined
  /** Gives back what the engine holds outside the JS heap. */
  free(): void
}

/** A CRDT engine under comparison. */
export interface SyncEngine {
  name: string
  build(state: AppState): SyncReplica
  load(snapshot: Uint8Array): SyncReplica
}

/** The slices outside the five collections: each synced as one value, since they rarely change. */
function restOf(state: AppState): Record<string, unknown> {
  const { schemaVersion, settings, frameworks, levels, evidence, progressLog, curriculum, trash, noteHistory } = state
  return {
    schemaVersion,
    settings,
    frameworks,
    levels,
    evidence,
    progressLog,
    curriculum,
    trash,
    noteHistory,
    customCards: state.review.custom,
    noteCards: state.review.noteCards,
    minMinutesPerDay: state.study.minMinutesPerDay,
  }
}

// ---- Yjs: Y.Map per collection, Y.Map per note and skill, Y.Text bodies, plain values elsewhere.

function yjsNote(notes: Y.Map<Y.Map<unknown>>, note: Note): void {
  const map = new Y.Map<unknown>()
  notes.set(note.id, map)
  map.set('skillId', note.skillId)
  map.set('title', note.title)
  map.set('createdAt', note.createdAt)
  map.set('updatedAt', note.updatedAt)
  map.set('body', new Y.Text(note.body))
}

function yjsReplica(doc: Y.Doc): SyncReplica {
  let updates: Uint8Array[] = []
  doc.on('update', (update: Uint8Array) => void updates.push(update))
  const notes = doc.getMap<Y.Map<unknown>>('notes')
  const skills = doc.getMap<Y.Map<unknown>>('skills')
  const change = (op: SyncOp): void => {
    if (op.kind === 'note') {
      const map = notes.get(op.note.id)
      if (!map) return yjsNote(notes, op.note)
      for (const field of ['skillId', 'title', 'updatedAt'] as const)
        if (map.get(field) !== op.note[field]) map.set(field, op.note[field])
      const text = map.get('body') as Y.Text
      const { index, remove, insert } = textSplice(text.toJSON(), op.note.body)
      if (remove > 0) text.delete(index, remove)
      if (insert) text.insert(index, insert)
    } else if (op.kind === 'review') {
      doc.getMap('reviewLog').set(op.key, op.entry)
      doc.getMap('cards').set(op.cardId, op.card)
    } else if (op.kind === 'status') {
      const skill = skills.get(op.skillId)
      skill?.set('status', op.status)
      skill?.set('updatedAt', op.updatedAt)
    } else doc.getMap('sessions').set(op.session.id, op.session)
  }
  return {
    apply: (op) => doc.transact(() => change(op)),
    takeUpdates: () => {
      const taken = updates
      updates = []
      return taken
    },
    merge: (incoming) => doc.transact(() => incoming.forEach((update) => Y.applyUpdate(doc, update))),
    snapshot: () => Y.encodeStateAsUpdate(doc),
    body: (id) => (notes.get(id)?.get('body') as Y.Text | undefined)?.toJSON(),
    free: () => doc.destroy(),
  }
}

/** Yjs 13: the engine the app syncs with. */
export const yjsEngine: SyncEngine = {
  name: 'Yjs',
  build(state) {
    const doc = new Y.Doc()
    doc.transact(() => {
      const notes = doc.getMap<Y.Map<unknown>>('notes')
      for (const note of Object.values(state.notes)) yjsNote(notes, note)
      const skills = doc.getMap<Y.Map<unknown>>('skills')
      for (const [id, progress] of Object.entries(state.skills)) {
        const map = new Y.Map<unknown>()
        skills.set(id, map)
        map.set('status', progress.status)
        map.set('confidence', progress.confidence)
        if (progress.updatedAt) map.set('updatedAt', progress.updatedAt)
        map.set('subtopics', new Y.Map(Object.entries(progress.subtopics)))
      }
      const cards = doc.getMap('cards')
      for (const [id, card] of Object.entries(state.review.cards)) cards.set(id, card)
      const log = doc.getMap('reviewLog')
      for (const entry of state.review.log) log.set(reviewKey(entry), entry)
      const sessions = doc.getMap('sessions')
      for (const session of state.study.sessions) sessions.set(session.id, session)
      const rest = doc.getMap('rest')
      for (const [key, value] of Object.entries(restOf(state))) rest.set(key, value)
    })
    const replica = yjsReplica(doc)
    return replica
  },
  load(snapshot) {
    const doc = new Y.Doc()
    Y.applyUpdate(doc, snapshot)
    return yjsReplica(doc)
  },
}

// ---- Automerge 3: nested maps, strings as text only for bodies (ImmutableString elsewhere).

type Scalar = string | number | boolean | null | Automerge.ImmutableString
type AmValue = Scalar | { [key: string]: AmValue }
type AmDoc = Record<string, Record<string, AmValue>>

/** Small strings stay plain values (one register each) instead of becoming text. */
function scalars(value: unknown): AmValue {
  if (typeof value === 'string') return new Automerge.ImmutableString(value)
  if (value === null || typeof value !== 'object') return value as Scalar
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .map(([key, item]) => [key, scalars(item)]),
  )
}

/** A text or a plain string field as a string. */
function asString(value: AmValue | undefined): string {
  if (value instanceof Automerge.ImmutableString) return value.val
  return typeof value === 'string' ? value : ''
}

function amNote(note: Note): AmValue {
  return { ...(scalars({ ...note, body: undefined }) as Record<string, AmValue>), body: note.body }
}

function automergeReplica(start: Automerge.Doc<AmDoc>): SyncReplica {
  let doc = start
  // Marks what is already saved, so each change's incremental bytes are its own.
  Automerge.saveIncremental(doc)
  let updates: Uint8Array[] = []
  const change = (d: AmDoc, op: SyncOp): void => {
    if (op.kind === 'note') {
      const note = d.notes![op.note.id] as Record<string, AmValue> | undefined
      if (!note) {
        d.notes![op.note.id] = amNote(op.note)
        return
      }
      for (const field of ['skillId', 'title', 'updatedAt'] as const)
        if (asString(note[field]) !== op.note[field]) note[field] = new Automerge.ImmutableString(op.note[field])
      const { index, remove, insert } = textSplice(asString(note.body), op.note.body)
      Automerge.splice(d, ['notes', op.note.id, 'body'], index, remove, insert)
    } else if (op.kind === 'review') {
      d.reviewLog![op.key] = scalars(op.entry)
      d.cards![op.cardId] = scalars(op.card)
    } else if (op.kind === 'status') {
      const skill = d.skills![op.skillId] as Record<string, AmValue> | undefined
      if (!skill) return
      skill.status = new Automerge.ImmutableString(op.status)
      skill.updatedAt = new Automerge.ImmutableString(op.updatedAt)
    } else d.sessions![op.session.id] = scalars(op.session)
  }
  return {
    apply(op) {
      doc = Automerge.change(doc, (d) => change(d, op))
      updates.push(Automerge.saveIncremental(doc))
    },
    takeUpdates() {
      const taken = updates
      updates = []
      return taken
    },
    merge(incoming) {
      // A segment's changes, concatenated as saveIncremental's output may be.
      doc = Automerge.loadIncremental(doc, Buffer.concat(incoming))
    },
    snapshot: () => Automerge.save(doc),
    body: (id) => {
      const note = doc.notes?.[id] as Record<string, AmValue> | undefined
      return note && asString(note.body)
    },
    free: () => Automerge.free(doc),
  }
}

/** Notes per change when building an Automerge document. */
const AUTOMERGE_BATCH = 250

/** Automerge 3.5. */
export const automergeEngine: SyncEngine = {
  name: 'Automerge 3',
  build(state) {
    let doc = Automerge.from<AmDoc>({
      notes: {},
      skills: scalars(state.skills) as Record<string, AmValue>,
      cards: scalars(state.review.cards) as Record<string, AmValue>,
      reviewLog: Object.fromEntries(state.review.log.map((entry) => [reviewKey(entry), scalars(entry)])),
      sessions: Object.fromEntries(state.study.sessions.map((session) => [session.id, scalars(session)])),
      rest: Object.fromEntries(
        Object.entries(restOf(state)).map(([key, value]) => [
          key,
          new Automerge.ImmutableString(JSON.stringify(value)),
        ]),
      ),
    })
    // The notes go in by batches: one change holding all 20 MB of bodies panics in 3.5
    // ("splice range out of bounds" while rolling back).
    const notes = Object.values(state.notes)
    for (let start = 0; start < notes.length; start += AUTOMERGE_BATCH)
      doc = Automerge.change(doc, (d) => {
        for (const note of notes.slice(start, start + AUTOMERGE_BATCH)) d.notes![note.id] = amNote(note)
      })
    return automergeReplica(doc)
  },
  load: (snapshot) => automergeReplica(Automerge.load<AmDoc>(snapshot)),
}

// ---- Loro: LoroMap per collection, LoroMap per note and skill, LoroText bodies, plain values elsewhere.

function loroNote(notes: LoroMap, note: Note): void {
  const map = notes.setContainer(note.id, new LoroMap())
  map.set('skillId', note.skillId)
  map.set('title', note.title)
  map.set('createdAt', note.createdAt)
  map.set('updatedAt', note.updatedAt)
  map.setContainer('body', new LoroText()).insert(0, note.body)
}

function loroReplica(doc: LoroDoc): SyncReplica {
  let updates: Uint8Array[] = []
  doc.subscribeLocalUpdates((update) => void updates.push(update))
  const notes = doc.getMap('notes')
  const change = (op: SyncOp): void => {
    if (op.kind === 'note') {
      const map = notes.get(op.note.id) as LoroMap | undefined
      if (!map) return loroNote(notes, op.note)
      for (const field of ['skillId', 'title', 'updatedAt'] as const)
        if (map.get(field) !== op.note[field]) map.set(field, op.note[field])
      const text = map.get('body') as LoroText
      const { index, remove, insert } = textSplice(text.toString(), op.note.body)
      text.splice(index, remove, insert)
    } else if (op.kind === 'review') {
      doc.getMap('reviewLog').set(op.key, op.entry)
      doc.getMap('cards').set(op.cardId, op.card)
    } else if (op.kind === 'status') {
      const skill = doc.getMap('skills').get(op.skillId) as LoroMap | undefined
      skill?.set('status', op.status)
      skill?.set('updatedAt', op.updatedAt)
    } else doc.getMap('sessions').set(op.session.id, op.session)
  }
  return {
    apply(op) {
      change(op)
      doc.commit()
    },
    takeUpdates() {
      const taken = updates
      updates = []
      return taken
    },
    merge: (incoming) => void doc.importBatch([...incoming]),
    snapshot: () => doc.export({ mode: 'snapshot' }),
    shallowSnapshot: () => doc.export({ mode: 'shallow-snapshot', frontiers: doc.oplogFrontiers() }),
    body: (id) => ((notes.get(id) as LoroMap | undefined)?.get('body') as LoroText | undefined)?.toString(),
    free: () => doc.free(),
  }
}

/** Loro 1.x. */
export const loroEngine: SyncEngine = {
  name: 'Loro',
  build(state) {
    const doc = new LoroDoc()
    const notes = doc.getMap('notes')
    for (const note of Object.values(state.notes)) loroNote(notes, note)
    const skills = doc.getMap('skills')
    for (const [id, progress] of Object.entries(state.skills)) {
      const map = skills.setContainer(id, new LoroMap())
      map.set('status', progress.status)
      map.set('confidence', progress.confidence)
      if (progress.updatedAt) map.set('updatedAt', progress.updatedAt)
      const subtopics = map.setContainer('subtopics', new LoroMap())
      for (const [sub, ticked] of Object.entries(progress.subtopics)) subtopics.set(sub, ticked)
    }
    const cards = doc.getMap('cards')
    for (const [id, card] of Object.entries(state.review.cards)) cards.set(id, card)
    const log = doc.getMap('reviewLog')
    for (const entry of state.review.log) log.set(reviewKey(entry), entry)
    const sessions = doc.getMap('sessions')
    for (const session of state.study.sessions) sessions.set(session.id, session)
    const rest = doc.getMap('rest')
    for (const [key, value] of Object.entries(restOf(state))) rest.set(key, value)
    doc.commit()
    return loroReplica(doc)
  },
  load: (snapshot) => loroReplica(LoroDoc.fromSnapshot(snapshot)),
}

/** The three engines the issue names, in the order the table prints them. */
export const ENGINES: readonly SyncEngine[] = [yjsEngine, automergeEngine, loroEngine]
