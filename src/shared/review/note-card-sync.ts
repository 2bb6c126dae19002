import type { NoteCard } from '../schemas/review'
import type { CardText } from './note-cards'

/** Most retired cards a note keeps (with their schedules); the longest retired go first. */
export const MAX_RETIRED_PER_NOTE = 50

/** How alike two questions must be (0 to 1) for an edited one to keep its card. */
export const SIMILAR_ENOUGH = 0.6

const normal = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ').trim()

function bigrams(text: string): Map<string, number> {
  const out = new Map<string, number>()
  for (let i = 0; i < text.length - 1; i += 1) {
    const gram = text.slice(i, i + 2)
    out.set(gram, (out.get(gram) ?? 0) + 1)
  }
  return out
}

/** How alike two texts are: the Sørensen–Dice coefficient of their character pairs, 1 for the same text. */
export function similarity(a: string, b: string): number {
  const [x, y] = [normal(a), normal(b)]
  if (x === y) return 1
  if (x.length < 2 || y.length < 2) return 0
  const [gx, gy] = [bigrams(x), bigrams(y)]
  let shared = 0
  for (const [gram, n] of gx) shared += Math.min(n, gy.get(gram) ?? 0)
  return (2 * shared) / (x.length - 1 + (y.length - 1))
}

/** What a note's new text does to its cards. */
export interface NoteCardSync {
  /** Every card of the note after the change, live and retired. */
  cards: NoteCard[]
  /** Ids of retired cards dropped past MAX_RETIRED_PER_NOTE, whose schedules go too. */
  dropped: string[]
}

/**
 * Matches the cards parsed from a note's new text to the cards it had, so an edit keeps a card's
 * id (and so its schedule): the same question and answer first (wherever the line moved), then the
 * same question (the answer was edited), then the most alike question among live cards (the
 * question was edited). Retired cards come back when their line does. What is left of the old
 * cards is retired; what is left of the new ones gets a fresh id.
 */
export function syncNoteCards(
  before: readonly NoteCard[],
  parsed: readonly CardText[],
  note: { id: string; skillId: string },
  now: string,
  newId: (text: CardText) => string,
): NoteCardSync {
  const result: (NoteCard | undefined)[] = parsed.map(() => undefined)
  // Live cards are tried before retired ones, so a duplicated line does not revive an old copy first.
  const pool = [...before].sort((a, b) => Number(a.retired) - Number(b.retired) || a.ordinal - b.ordinal)
  const taken = new Set<string>()
  const claim = (i: number, card: NoteCard): void => {
    taken.add(card.id)
    const text = parsed[i]!
    const same =
      card.front === text.front &&
      card.back === text.back &&
      card.ordinal === i &&
      !card.retired &&
      card.skillId === note.skillId
    result[i] = same ? card : { ...card, ...text, skillId: note.skillId, ordinal: i, retired: false, updatedAt: now }
  }
  const pass = (fits: (card: NoteCard, text: CardText) => boolean): void =>
    parsed.forEach((text, i) => {
      if (result[i]) return
      const card = pool.find((c) => !taken.has(c.id) && fits(c, text))
      if (card) claim(i, card)
    })
  pass((c, t) => c.front === t.front && c.back === t.back)
  pass((c, t) => normal(c.front) === normal(t.front))
  // Edited questions: the most alike pairs first.
  const candidates: { i: number; card: NoteCard; score: number }[] = []
  parsed.forEach((text, i) => {
    if (result[i]) return
    for (const card of pool) {
      if (card.retired || taken.has(card.id)) continue
      const score = similarity(card.front, text.front) + (card.back === text.back ? 0.25 : 0)
      if (score >= SIMILAR_ENOUGH) candidates.push({ i, card, score })
    }
  })
  for (const { i, card } of candidates.sort((a, b) => b.score - a.score))
    if (!result[i] && !taken.has(card.id)) claim(i, card)

  const live = parsed.map(
    (text, i): NoteCard =>
      result[i] ?? {
        id: newId(text),
        noteId: note.id,
        ...text,
        skillId: note.skillId,
        ordinal: i,
        retired: false,
        createdAt: now,
        updatedAt: now,
      },
  )
  const retired = before
    .filter((card) => !taken.has(card.id))
    .map((card) => (card.retired ? card : { ...card, retired: true, updatedAt: now }))
  retired.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
  const dropped = retired.splice(MAX_RETIRED_PER_NOTE).map((card) => card.id)
  return { cards: [...live, ...retired], dropped }
}
