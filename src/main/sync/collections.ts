import { createHash } from 'node:crypto'
import type { z } from 'zod'
import type { AppState } from '../../shared/model'
import { valueAt, type Path } from '../../shared/changes/records'
import { skillProgressSchema } from '../../shared/schemas/skills'
import { noteSchema } from '../../shared/schemas/notes'
import { cardStateSchema, customCardSchema, reviewLogEntrySchema } from '../../shared/schemas/review'
import { studySessionSchema } from '../../shared/schemas/study'
import { evidenceItemSchema } from '../../shared/schemas/evidence'
import {
  categorySchema,
  curriculumSchema,
  curriculumSkillSchema,
  frameworkRowSchema,
} from '../../shared/schemas/curriculum'
import { trashEntrySchema } from '../../shared/schemas/trash'
import { progressLogSchema } from '../../shared/schemas/progress-log'
import { settingsSchema } from '../../shared/schemas/settings'
import { frameworksStateSchema } from '../../shared/schemas/frameworks'
import { levelsStateSchema } from '../../shared/schemas/levels'
import { studyStateSchema } from '../../shared/schemas/study'
import { planStateSchema } from '../../shared/schemas/plan'

/**
 * What of the learner's data is synced, and how each part is split into items the engine keeps.
 * An item is kept as its fields (nested objects flattened, so two computers ticking different
 * sub-topics of one skill both keep theirs) unless `whole` (a card's schedule is one value: half
 * of one computer's and half of another's would be nonsense). Text fields merge as text.
 * Left out: this computer's own part (`device`), note history (each computer keeps its own,
 * merged versions included) and the cards written in notes (derived from the notes on each computer).
 */
export interface Collection {
  /** The engine's name for it (a map in the document). */
  name: string
  /** Where it lives in the state. */
  path: readonly string[]
  /** An object keyed by id, an array of items, or single values of the state. */
  shape: 'record' | 'array' | 'singles'
  /** An array item's key: its id, or a hash of it for items that never change. */
  keyOf?: (item: unknown) => string
  /** The order an array is rebuilt in (never by which computer wrote last). */
  compare?: (a: unknown, b: unknown) => number
  whole?: boolean
  text?: readonly string[]
  /** Checks an item from another computer before it enters the state. */
  schema: z.ZodType
}

const byId = (item: unknown): string => String((item as { id: unknown }).id)
/** A stable key for items that never change once made (review answers, trash entries). */
export const hashKey = (item: unknown): string =>
  createHash('sha256').update(stableJson(item)).digest('base64url').slice(0, 22)
const field =
  (...names: string[]) =>
  (a: unknown, b: unknown): number => {
    for (const name of names) {
      const x = plain((a as Record<string, unknown>)[name])
      const y = plain((b as Record<string, unknown>)[name])
      if (x !== y) return x < y ? -1 : 1
    }
    return 0
  }
const ordered = field('order', 'id')
function plain(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : ''
}

/** Single values: the key is the dotted path, the value the whole part. */
const SINGLES: ReadonlyArray<[path: string, schema: z.ZodType]> = [
  ['settings', settingsSchema],
  ['frameworks', frameworksStateSchema],
  ['levels', levelsStateSchema],
  ['plan', planStateSchema],
  ['study.minMinutesPerDay', studyStateSchema.shape.minMinutesPerDay],
  ['curriculum.version', curriculumSchema.shape.version],
  ['curriculum.goals', curriculumSchema.shape.goals],
  ['curriculum.packs', curriculumSchema.shape.packs],
  ['curriculum.builtInLinks', curriculumSchema.shape.builtInLinks],
]
const singleSchemas = new Map(SINGLES)

export const COLLECTIONS: readonly Collection[] = [
  { name: 'skills', path: ['skills'], shape: 'record', schema: skillProgressSchema },
  { name: 'notes', path: ['notes'], shape: 'record', text: ['body'], schema: noteSchema },
  { name: 'cards', path: ['review', 'cards'], shape: 'record', whole: true, schema: cardStateSchema },
  { name: 'custom-cards', path: ['review', 'custom'], shape: 'record', schema: customCardSchema },
  {
    name: 'review-log',
    path: ['review', 'log'],
    shape: 'array',
    keyOf: hashKey,
    compare: field('at', 'cardId', 'grade'),
    whole: true,
    schema: reviewLogEntrySchema,
  },
  {
    name: 'sessions',
    path: ['study', 'sessions'],
    shape: 'array',
    keyOf: byId,
    compare: field('start', 'id'),
    schema: studySessionSchema,
  },
  { name: 'evidence', path: ['evidence'], shape: 'record', whole: true, schema: evidenceItemSchema.array() },
  {
    name: 'progress-log',
    path: ['progressLog'],
    shape: 'array',
    keyOf: (item) => String((item as { day: unknown }).day),
    compare: field('day'),
    whole: true,
    schema: progressLogSchema.element,
  },
  {
    name: 'categories',
    path: ['curriculum', 'categories'],
    shape: 'array',
    keyOf: byId,
    compare: ordered,
    schema: categorySchema,
  },
  {
    name: 'curriculum-skills',
    path: ['curriculum', 'skills'],
    shape: 'array',
    keyOf: byId,
    compare: ordered,
    schema: curriculumSkillSchema,
  },
  {
    name: 'framework-rows',
    path: ['curriculum', 'frameworks'],
    shape: 'array',
    keyOf: byId,
    compare: ordered,
    schema: frameworkRowSchema,
  },
  {
    name: 'trash',
    path: ['trash'],
    shape: 'array',
    keyOf: hashKey,
    compare: field('deletedAt'),
    whole: true,
    schema: trashEntrySchema,
  },
  { name: 'singles', path: [], shape: 'singles', schema: settingsSchema },
]

/** The schema an item of `collection` must pass (a single value's own). */
export function schemaOf(collection: Collection, key: string): z.ZodType | undefined {
  return collection.shape === 'singles' ? singleSchemas.get(key) : collection.schema
}

/** The collection and item key a change record's item path falls in, if it is synced. */
export function collectionOf(at: Path): { collection: Collection; key?: string } | undefined {
  let best: Collection | undefined
  for (const collection of COLLECTIONS) {
    if (collection.shape === 'singles') continue
    const { path } = collection
    if (at.length >= path.length && path.every((step, i) => at[i] === step)) {
      if (!best || path.length > best.path.length) best = collection
    }
  }
  if (best) {
    const step = at[best.path.length]
    return { collection: best, key: best.shape === 'record' && step !== undefined ? String(step) : undefined }
  }
  const dotted = at.map(String).join('.')
  const single = SINGLES.find(([path]) => dotted === path || dotted.startsWith(`${path}.`))
  if (single) return { collection: COLLECTIONS.at(-1)!, key: single[0] }
  // A top-level part that holds singles below it (a whole `study` or `curriculum` replaced).
  if (at.length === 1 && SINGLES.some(([path]) => path.startsWith(`${String(at[0])}.`)))
    return { collection: COLLECTIONS.at(-1)! }
  return undefined
}

/** Every item of a collection in `state`, by key. */
export function itemsOf(state: AppState, collection: Collection): Map<string, unknown> {
  const items = new Map<string, unknown>()
  if (collection.shape === 'singles') {
    for (const [path] of SINGLES) {
      const value = valueAt(state, path.split('.'))
      if (value !== undefined) items.set(path, value)
    }
    return items
  }
  const here = valueAt(state, collection.path)
  if (collection.shape === 'record') {
    for (const [key, value] of Object.entries((here ?? {}) as Record<string, unknown>)) items.set(key, value)
  } else {
    for (const item of (here ?? []) as unknown[]) items.set(keyOfCached(collection, item), item)
  }
  return items
}

// Items are frozen and shared between states: an unchanged one keeps its key without hashing again.
const keys = new WeakMap<object, string>()
function keyOfCached(collection: Collection, item: unknown): string {
  if (typeof item !== 'object' || item === null) return collection.keyOf!(item)
  let key = keys.get(item)
  if (key === undefined) {
    key = collection.keyOf!(item)
    keys.set(item, key)
  }
  return key
}

/** Puts items into a draft of the state: `undefined` removes one. Arrays are rebuilt in their order. */
export function writeItems(draft: AppState, collection: Collection, items: ReadonlyMap<string, unknown>): void {
  if (collection.shape === 'singles') {
    for (const [path, value] of items) {
      if (value === undefined) continue
      const steps = path.split('.')
      const parent = valueAt(draft, steps.slice(0, -1)) as Record<string, unknown>
      parent[steps.at(-1)!] = value
    }
    return
  }
  const parentPath = collection.path.slice(0, -1)
  const last = collection.path.at(-1)!
  const parent = valueAt(draft, parentPath) as Record<string, unknown>
  if (collection.shape === 'record') {
    const record = parent[last] as Record<string, unknown>
    for (const [key, value] of items) {
      if (value === undefined) delete record[key]
      else record[key] = value
    }
    return
  }
  const merged = new Map<string, unknown>()
  for (const item of parent[last] as unknown[]) merged.set(keyOfCached(collection, item), item)
  for (const [key, value] of items) {
    if (value === undefined) merged.delete(key)
    else merged.set(key, value)
  }
  parent[last] = [...merged.values()].sort(collection.compare)
}

/** Whether two JSON values are equal (object keys in any order); no text is built, so long note bodies compare fast. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  if (Array.isArray(a)) {
    const other = b as unknown[]
    return a.length === other.length && a.every((value, i) => sameValue(value, other[i]))
  }
  const left = Object.entries(a).filter(([, value]) => value !== undefined)
  const right = b as Record<string, unknown>
  const rightCount = Object.values(right).filter((value) => value !== undefined).length
  return left.length === rightCount && left.every(([key, value]) => sameValue(value, right[key]))
}

/** JSON with object keys sorted, so equal values always give equal text. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, here: unknown) =>
    typeof here === 'object' && here !== null && !Array.isArray(here)
      ? Object.fromEntries(Object.entries(here).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : here,
  )
}

/** Separates the steps of a flattened field's path (ids and field names never hold it). */
export const STEP = '/'

/** An item's fields, nested objects flattened to "a/b" paths; arrays and plain values are leaves. */
export function flatten(item: unknown, whole = false): Map<string, unknown> {
  const out = new Map<string, unknown>()
  if (whole || typeof item !== 'object' || item === null || Array.isArray(item)) {
    out.set('', item)
    return out
  }
  const walk = (value: Record<string, unknown>, prefix: string): void => {
    for (const [name, inner] of Object.entries(value)) {
      if (inner === undefined) continue
      const path = prefix ? `${prefix}${STEP}${name}` : name
      if (typeof inner === 'object' && inner !== null && !Array.isArray(inner) && Object.keys(inner).length > 0)
        walk(inner as Record<string, unknown>, path)
      else out.set(path, inner)
    }
  }
  walk(item as Record<string, unknown>, '')
  return out
}

/** The item back from its fields. */
export function unflatten(fields: ReadonlyMap<string, unknown>): unknown {
  if (fields.has('')) return fields.get('')
  const out: Record<string, unknown> = {}
  // Objects made here; a value from the engine (possibly frozen, possibly shared) is copied before it gets entries.
  const made = new Set<object>([out])
  for (const [path, value] of fields) {
    const steps = path.split(STEP)
    let here = out
    for (const step of steps.slice(0, -1)) {
      const next = here[step]
      if (typeof next !== 'object' || next === null || Array.isArray(next)) here[step] = {}
      else if (!made.has(next)) here[step] = { ...next }
      made.add(here[step] as object)
      here = here[step] as Record<string, unknown>
    }
    const name = steps.at(-1)!
    // An empty object written before its first entry (an untouched skill's sub-topics) never hides entries.
    const emptyObject =
      typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0
    if (!(emptyObject && typeof here[name] === 'object' && here[name] !== null)) here[name] = value
  }
  return out
}
