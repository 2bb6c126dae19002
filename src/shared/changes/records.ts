/** A place in the state: object keys and array indexes from the root. */
export type Path = ReadonlyArray<string | number>

/** One step of a write, JSON-Patch style (the shape Immer's patches have). */
export interface Patch {
  op: 'add' | 'replace' | 'remove'
  path: Path
  value?: unknown
}

/** Why the state changed: a channel call, an import, a restore, a migration, work that follows another change, another device. */
export type Origin =
  | { kind: 'channel'; channel: string; window?: boolean }
  | { kind: 'import'; what: 'backup' | 'pack' | 'markdown' }
  | { kind: 'restore' }
  | { kind: 'migration' }
  | { kind: 'derived'; by: 'note-cards' | 'note-history' | 'link-rename' }
  | { kind: 'device'; device: string }
  | { kind: 'internal' }

/** What happened to an item. */
export type ChangeOp = 'created' | 'changed' | 'removed' | 'moved' | 'restored'

/** One field of an item as it was and as it is (`path` is inside the item; empty for the whole item). */
export interface FieldChange {
  path: Path
  op: Patch['op']
  old?: unknown
  new?: unknown
}

/** What changed in one item of the learner's data. */
export interface ChangeRecord {
  /** The kind of item: see ITEM_KINDS. */
  kind: string
  /** The item's id (its key, the `id` of an array element, or its index when it has none). */
  id: string
  op: ChangeOp
  /** Where the item lives in the state. */
  at: Path
  fields: FieldChange[]
}

/** Everything one write changed, and why. */
export interface Change {
  origin: Origin
  records: ChangeRecord[]
}

/**
 * The items of the state: where a collection lives and the kind of its items. The item is the
 * next step of the path after the prefix; the longest prefix wins. Paths no prefix covers are
 * items of their top-level slice (settings, schemaVersion, ...).
 */
const ITEM_KINDS: ReadonlyArray<[prefix: readonly string[], kind: string]> = [
  [['skills'], 'skill-progress'],
  [['notes'], 'note'],
  [['noteHistory'], 'note-history'],
  [['settings'], 'setting'],
  [['device'], 'device-setting'],
  [['frameworks', 'marks'], 'framework-mark'],
  [['frameworks'], 'framework-setting'],
  [['levels'], 'level'],
  [['review', 'cards'], 'card-schedule'],
  [['review', 'custom'], 'card'],
  [['review', 'noteCards'], 'note-card'],
  [['review', 'log'], 'review-log-entry'],
  [['study', 'sessions'], 'study-session'],
  [['study'], 'study-setting'],
  [['evidence'], 'evidence-links'],
  [['progressLog'], 'progress-snapshot'],
  [['curriculum', 'categories'], 'curriculum-category'],
  [['curriculum', 'skills'], 'curriculum-skill'],
  [['curriculum', 'goals'], 'curriculum-goals'],
  [['curriculum', 'frameworks'], 'framework-row'],
  [['curriculum', 'trash'], 'curriculum-trash-entry'],
  [['curriculum'], 'curriculum-setting'],
  [['trash'], 'trash-entry'],
]

/** The value at `path` in `root` (undefined when the path does not exist). */
export function valueAt(root: unknown, path: Path): unknown {
  let here = root
  for (const step of path) {
    if (typeof here !== 'object' || here === null || !Object.hasOwn(here, step)) return undefined
    here = (here as Record<string | number, unknown>)[step]
  }
  return here
}

/** Which item a patch path falls in: its kind, the path of the item and the rest of the path inside it. */
function itemOf(path: Path): { kind: string; at: Path; inside: Path } {
  for (const [prefix, kind] of ITEM_KINDS) {
    if (path.length > prefix.length && prefix.every((step, i) => path[i] === step)) {
      return { kind, at: path.slice(0, prefix.length + 1), inside: path.slice(prefix.length + 1) }
    }
  }
  const top = path.length > 0 ? path.slice(0, 1) : []
  return { kind: String(path[0] ?? 'state'), at: top, inside: path.slice(top.length) }
}

/** An item's id: an array element's own `id` when it has one, else its key or index. */
function idOf(at: Path, item: unknown): string {
  const key = at.at(-1)
  if (
    typeof key === 'number' &&
    typeof item === 'object' &&
    item !== null &&
    'id' in item &&
    typeof item.id === 'string'
  )
    return item.id
  return String(key ?? 'state')
}

/**
 * The change records of one write, grouped per item in the order first touched: each patch
 * becomes a field of its item's record with the value it replaced (read from `before`, the state
 * as it was, which an Immer write leaves untouched). A patch on the item itself creates or
 * removes it; `restoring` marks items brought back (a trash restore) as restored.
 */
export function recordsOf(
  patches: readonly Patch[],
  before: unknown,
  options: { restoring?: boolean } = {},
): ChangeRecord[] {
  const byItem = new Map<string, ChangeRecord>()
  for (const patch of patches) {
    const { kind, at, inside } = itemOf(patch.path)
    const key = JSON.stringify(at)
    let record = byItem.get(key)
    if (!record) {
      const item = inside.length === 0 && patch.op !== 'remove' ? patch.value : valueAt(before, at)
      record = { kind, id: idOf(at, item), op: 'changed', at, fields: [] }
      byItem.set(key, record)
    }
    const field: FieldChange = { path: inside, op: patch.op }
    if (patch.op !== 'add' || typeof at.at(-1) !== 'number') {
      const old = valueAt(before, patch.path)
      if (old !== undefined) field.old = old
    }
    if (patch.op !== 'remove') field.new = patch.value
    record.fields.push(field)
    if (inside.length === 0 && record.fields.length === 1) {
      if (patch.op === 'add' || (patch.op === 'replace' && field.old === undefined))
        record.op = options.restoring ? 'restored' : 'created'
      else if (patch.op === 'remove') record.op = 'removed'
    }
  }
  return [...byItem.values()]
}

/** The patches that replay `records` (the inverse of recordsOf). */
export function patchesOf(records: readonly ChangeRecord[]): Patch[] {
  return records.flatMap((record) =>
    record.fields.map((field) => ({
      op: field.op,
      path: [...record.at, ...field.path],
      ...(field.op === 'remove' ? {} : { value: field.new }),
    })),
  )
}

/** Whether a record is of this computer's own part of the state (pane sizes and such), which a sync leaves out. */
export function isDeviceOnly(record: Pick<ChangeRecord, 'at'>): boolean {
  return record.at[0] === 'device'
}

/** Ids of the items of `kind` that `records` touch. */
export function idsOfKind(records: readonly ChangeRecord[], kind: string): string[] {
  const ids = new Set<string>()
  for (const record of records) if (record.kind === kind) ids.add(record.id)
  return [...ids]
}
