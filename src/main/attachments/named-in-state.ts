import { setImmediate as nextTurn } from 'node:timers/promises'
import { attachmentsNamedIn } from '../../shared/attachments/names'
import type { AppState } from '../../shared/model'

/** Every string inside a value (a trash entry), however deep. */
function* stringsIn(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value
  else if (Array.isArray(value)) for (const item of value) yield* stringsIn(item)
  else if (typeof value === 'object' && value !== null) for (const item of Object.values(value)) yield* stringsIn(item)
}

/**
 * Every text of the learner's work that can name a picture: the notes, each note's earlier
 * versions, the trash (every kind, every field: a removed note, card or sub-topic may name one)
 * and their own review cards. A picture any of them names is in use.
 */
export function* textsNamingPictures(state: AppState): Generator<string> {
  for (const note of Object.values(state.notes)) yield note.body
  for (const versions of Object.values(state.noteHistory)) for (const version of versions) yield version.body
  for (const entry of state.trash) yield* stringsIn(entry)
  for (const card of Object.values(state.review.custom)) yield `${card.front}\n${card.back}`
}

/** The stored pictures the state names anywhere (see textsNamingPictures). */
export function picturesNamedIn(state: AppState): Set<string> {
  const names = new Set<string>()
  for (const text of textsNamingPictures(state)) for (const name of attachmentsNamedIn(text)) names.add(name)
  return names
}

/** How many characters are read before main's event loop gets a turn. */
const CHARS_PER_TURN = 2_000_000

/** picturesNamedIn, giving main's event loop a turn after each couple of megabytes read, so a large state never holds it long. */
export async function picturesNamedInTurns(state: AppState, charsPerTurn = CHARS_PER_TURN): Promise<Set<string>> {
  const names = new Set<string>()
  let read = 0
  for (const text of textsNamingPictures(state)) {
    for (const name of attachmentsNamedIn(text)) names.add(name)
    read += text.length
    if (read >= charsPerTurn) {
      read = 0
      await nextTurn()
    }
  }
  return names
}

/**
 * The pictures named by what differs in `after` from `before`: the store's writes keep every
 * unchanged item the same object, so only what was written since is read (what a scan that
 * yielded may have missed).
 */
export function picturesNamedInChanged(before: AppState, after: AppState): Set<string> {
  const texts: string[] = []
  if (before !== after) {
    for (const [id, note] of Object.entries(after.notes)) if (before.notes[id] !== note) texts.push(note.body)
    for (const [id, versions] of Object.entries(after.noteHistory))
      if (before.noteHistory[id] !== versions) texts.push(...versions.map((version) => version.body))
    const kept = new Set(before.trash)
    for (const entry of after.trash) if (!kept.has(entry)) texts.push(...stringsIn(entry))
    for (const [id, card] of Object.entries(after.review.custom))
      if (before.review.custom[id] !== card) texts.push(card.front, card.back)
  }
  return new Set(texts.flatMap(attachmentsNamedIn))
}
