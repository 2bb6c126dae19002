import type { AppState, CardState, ReviewLogEntry } from '../../shared/model'
import { rate } from '../../shared/review/schedule'
import { COLLECTIONS, itemsOf, sameValue, schemaOf, STEP, writeItems, type Collection } from './collections'
import type { FieldConflict, SyncDoc, Touched } from './sync-doc'
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
const SLICE = 200

/** The document's version of an item, checked; `invalid` when it does not pass the state's schema. */
function theirsChecked(doc: SyncDoc, collection: Collection, key: string): { value: unknown } | 'invalid' {
  const theirs = doc.itemValue(collection, key)
  if (theirs === undefined) return { value: undefined }
  const parsed = schemaOf(collection, key)?.safeParse(theirs)
  return parsed?.success ? { value: parsed.data } : 'invalid'
}

/**
 * The document's version of every touched item that differs from the state (undefined: removed),
 * worked out in slices with `pause` between them (main's event loop runs meanwhile).
 */
export async function incomingItems(
  doc: SyncDoc,
  state: () => AppState,
  touched: Touched,
  pause: () => Promise<void> = () => Promise.resolve(),
): Promise<IncomingItems> {
  const incoming: IncomingItems = { items: new Map(), invalid: [], basis: new Map() }
  for (const [name, keys] of touched) {
    const collection = byName.get(name)
    if (!collection) continue
    const changed = new Map<string, unknown>()
    const basis = new Map<string, unknown>()
    const all = [...keys]
    for (let at = 0; at < all.length; at += SLICE) {
      const local = itemsOf(state(), collection)
      for (const key of all.slice(at, at + SLICE)) {
        const theirs = theirsChecked(doc, collection, key)
        if (theirs === 'invalid') {
          incoming.invalid.push(`${name}/${key}`)
          continue
        }
        const mine = local.get(key)
        if (theirs.value === undefined ? mine === undefined : sameValue(mine, theirs.value)) continue
        changed.set(key, theirs.value)
        basis.set(key, mine)
      }
      await pause()
    }
    if (changed.size > 0) {
      incoming.items.set(collection, changed)
      incoming.basis.set(collection, basis)
    }
  }
  return incoming
}

/**
 * Brings incoming items up to date with the state right before they are written (no pause in
 * between): an item changed here meanwhile is read again from the document, which holds that change too.
 */
export function freshen(incoming: IncomingItems, doc: SyncDoc, state: AppState): void {
  for (const [collection, items] of incoming.items) {
    const basis = incoming.basis.get(collection)!
    const local = itemsOf(state, collection)
    for (const key of [...items.keys()]) {
      const mine = local.get(key)
      if (mine === basis.get(key)) continue
      const theirs = theirsChecked(doc, collection, key)
      if (theirs === 'invalid' || (theirs.value === undefined ? mine === undefined : sameValue(mine, theirs.value)))
        items.delete(key)
      else items.set(key, theirs.value)
    }
  }
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
