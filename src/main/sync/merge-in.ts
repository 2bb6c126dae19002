import type { AppState, CardState, ReviewLogEntry } from '../../shared/model'
import { rate } from '../../shared/review/schedule'
import { COLLECTIONS, itemsOf, sameValue, schemaOf, STEP, writeItems, type Collection } from './collections'
import type { FieldConflict, Touched } from './sync-doc'
import type { EngineValue } from './sync-worker'
import type { HeldBatch, SyncConflict, SyncMerge } from '../../shared/contract/sync'

/** What the document holds that the local state does not, item by item, checked against the state's schemas. */
export interface IncomingItems {
  items: Map<Collection, Map<string, unknown>>
  /** Items another computer wrote that do not pass our schemas: left out, and said. */
  invalid: string[]
  /** The local item each incoming one was compared with (to notice a local change made meanwhile). */
  basis: Map<Collection, Map<string, unknown>>
}

const byName = new Map(COLLECTIONS.map((collection) => [collection.name, collection]))
const SLICE = 500

/** What the engine answers of items: their checked value (undefined: absent or deleted), or that one is invalid. */
export interface EngineValues {
  values(collection: string, keys: string[]): Promise<EngineValue[]>
}

/** The document's version of every touched item that differs from the state (undefined: removed), a slice per message. */
export async function incomingItems(
  engine: EngineValues,
  state: () => AppState,
  touched: Touched,
): Promise<IncomingItems> {
  const incoming: IncomingItems = { items: new Map(), invalid: [], basis: new Map() }
  for (const [name, keys] of touched) {
    const collection = byName.get(name)
    if (!collection) continue
    const changed = new Map<string, unknown>()
    const basis = new Map<string, unknown>()
    const all = [...keys]
    for (let at = 0; at < all.length; at += SLICE) {
      const answers = await engine.values(name, all.slice(at, at + SLICE))
      const local = itemsOf(state(), collection)
      for (const { key, value, invalid } of answers) {
        if (invalid) {
          incoming.invalid.push(`${name}/${key}`)
          continue
        }
        const mine = local.get(key)
        if (value === undefined ? mine === undefined : sameValue(mine, value)) continue
        changed.set(key, value)
        basis.set(key, mine)
      }
    }
    if (changed.size > 0) {
      incoming.items.set(collection, changed)
      incoming.basis.set(collection, basis)
    }
  }
  return incoming
}

/**
 * Leaves out of `incoming`, right before it is written, the items changed here since they were
 * compared; answers them (they are read again next round, when the engine has that change too).
 */
export function freshen(incoming: IncomingItems, state: AppState): Touched {
  const later: Touched = new Map()
  for (const [collection, items] of incoming.items) {
    const basis = incoming.basis.get(collection)!
    const local = itemsOf(state, collection)
    for (const key of [...items.keys()]) {
      if (local.get(key) === basis.get(key)) continue
      items.delete(key)
      let keys = later.get(collection.name)
      if (!keys) later.set(collection.name, (keys = new Set()))
      keys.add(key)
    }
  }
  return later
}

/**
 * Whether an incoming batch would remove more than half of the learner's notes or skills (and at
 * least three): such a batch is held until the learner says, never applied later by itself.
 */
export function heldBatchOf(incoming: IncomingItems, state: AppState, from: string[]): HeldBatch | undefined {
  const removed = (name: string): number =>
    [...(incoming.items.get(byName.get(name)!)?.values() ?? [])].filter((value) => value === undefined).length
  const notesRemoved = removed('notes')
  const skillsRemoved = removed('curriculum-skills')
  const notesNow = Object.keys(state.notes).length
  const skillsNow = state.curriculum.skills.length
  const tooMany = (gone: number, now: number): boolean => gone >= 3 && gone * 2 > now
  if (!tooMany(notesRemoved, notesNow) && !tooMany(skillsRemoved, skillsNow)) return undefined
  return { from, notesRemoved, notesNow, skillsRemoved, skillsNow }
}

/**
 * Writes the incoming items into a draft of the state. A card answered on another computer gets
 * its schedule worked out again from the merged answers, oldest first, as one computer would
 * have (the scheduler has no randomness), so both computers agree.
 */
export function writeIncoming(draft: AppState, incoming: IncomingItems): void {
  for (const [collection, items] of incoming.items) writeItems(draft, collection, items)
  const answers = incoming.items.get(byName.get('review-log')!)
  if (!answers) return
  const cards = new Set<string>()
  for (const value of answers.values()) if (value) cards.add((value as ReviewLogEntry).cardId)
  for (const cardId of cards) {
    let card: CardState | undefined
    for (const entry of draft.review.log.filter((e) => e.cardId === cardId)) {
      card = rate(card, entry.grade, new Date(entry.at))
    }
    if (card) draft.review.cards[cardId] = card
  }
}

/** "From Desktop: 3 notes, 12 reviews, 1 status" as figures. */
export function countsOf(incoming: IncomingItems, before: AppState): SyncMerge['counts'] {
  const counts = { notes: 0, reviews: 0, statuses: 0, other: 0 }
  for (const [collection, items] of incoming.items) {
    for (const [key, value] of items) {
      // A day's progress snapshot follows the statuses it sums up: not a change of its own.
      if (collection.name === 'progress-log') continue
      if (collection.name === 'notes') counts.notes += 1
      else if (collection.name === 'review-log') counts.reviews += value === undefined ? 0 : 1
      else if (
        collection.name === 'skills' &&
        (value as { status?: string } | undefined)?.status !== before.skills[key]?.status
      )
        counts.statuses += 1
      else counts.other += 1
    }
  }
  return counts
}

/** The conflicts worth showing, with a label in words. */
export function conflictsToShow(
  conflicts: readonly FieldConflict[],
  state: AppState,
  nameOfClient: (client: number) => string,
  idOf: (conflict: FieldConflict) => string,
): SyncConflict[] {
  const shown: SyncConflict[] = []
  for (const conflict of conflicts) {
    // A note's text is never a conflict: both texts are in its history.
    if (conflict.collection === 'notes' && conflict.field === 'body') continue
    const label = labelOf(conflict, state)
    if (!label) continue
    shown.push({
      id: idOf(conflict),
      label,
      kept: conflict.kept,
      other: conflict.mine,
      keptFrom: nameOfClient(conflict.keptBy),
    })
  }
  return shown
}

const FIELD_WORDS: Record<string, string> = {
  status: 'status',
  confidence: 'confidence',
  title: 'title',
  targetDate: 'target date',
  minutes: 'minutes',
}

function labelOf(conflict: FieldConflict, state: AppState): string | null {
  const field = conflict.field.split(STEP)
  const words = FIELD_WORDS[field.at(-1) ?? ''] ?? field.join(' › ')
  const skillTitle = (id: string): string => state.curriculum.skills.find((skill) => skill.id === id)?.title ?? id
  switch (conflict.collection) {
    case 'skills':
      return field[0] === 'subtopics'
        ? `${skillTitle(conflict.item)}: a sub-topic`
        : `${skillTitle(conflict.item)}: ${words}`
    case 'notes':
      return `Note “${state.notes[conflict.item]?.title || 'Untitled'}”: ${words}`
    case 'custom-cards':
      return `A card of yours: ${words}`
    case 'sessions':
      return `A study session: ${words}`
    case 'curriculum-skills':
      return `Skill “${skillTitle(conflict.item)}”: ${words}`
    case 'categories':
    case 'framework-rows':
      return `Curriculum (${conflict.collection === 'categories' ? 'category' : 'framework'}): ${words}`
    case 'singles':
      return `${conflict.item.replace('.', ' › ')}: ${words}`
    default:
      return null
  }
}

/** Puts a conflict's other value back into a draft of the state. */
export function useOtherValue(
  draft: AppState,
  conflict: { collection: string; item: string; field: string; mine: unknown },
) {
  const collection = byName.get(conflict.collection)
  if (!collection) return false
  const item = itemsOf(draft, collection).get(conflict.item)
  if (item === undefined) return false
  // A plain copy: the item may be a draft.
  const copy = JSON.parse(JSON.stringify(item)) as Record<string, unknown>
  const steps = conflict.field.split(STEP).filter(Boolean)
  if (steps.length === 0) return false
  let here = copy
  for (const step of steps.slice(0, -1)) {
    if (typeof here[step] !== 'object' || here[step] === null) here[step] = {}
    here = here[step] as Record<string, unknown>
  }
  here[steps.at(-1)!] = conflict.mine
  const parsed = schemaOf(collection, conflict.item)?.safeParse(copy)
  if (!parsed?.success) return false
  writeItems(draft, collection, new Map([[conflict.item, parsed.data]]))
  return true
}
