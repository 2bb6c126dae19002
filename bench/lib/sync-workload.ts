import { createHash } from 'node:crypto'
import type { AppState, CardState, Note, ReviewLogEntry, SkillStatus, StudySession } from '../../src/shared/model'
import { between } from '../../test/support/seeded-random'

/** One change a computer makes, as a folder sync would hand it to the engine (one transaction each). */
export type SyncOp =
  | { kind: 'note'; note: Note }
  | { kind: 'review'; key: string; entry: ReviewLogEntry; cardId: string; card: CardState }
  | { kind: 'status'; skillId: string; status: SkillStatus; updatedAt: string }
  | { kind: 'session'; session: StudySession }

/** How many changes of each kind one simulated day holds. */
export interface DayMix {
  saves: number
  reviews: number
  statuses: number
  newNotes: number
  sessions: number
}

/** The issue's "day of another computer's changes": 2,000 note saves, 200 reviews, 50 status changes. */
export const BUSY_DAY: DayMix = { saves: 2000, reviews: 200, statuses: 50, newNotes: 0, sessions: 0 }

/** An ordinary study day, for the simulated year: a few dozen saves, a review round, a session or two. */
export const ORDINARY_DAY: DayMix = { saves: 60, reviews: 40, statuses: 1, newNotes: 2, sessions: 2 }

export { textSplice } from '../../src/main/sync/text-splice'

const WORDS = 'index cache replica shard queue retry idempotent backoff quorum lease snapshot vacuum'.split(' ')
const STATUSES: readonly SkillStatus[] = ['not-started', 'learning', 'done', 'skipped']

/** A small edit inside one paragraph of `body`: a word typed, deleted or replaced, as a learner does. */
export function editParagraph(body: string, random: () => number, word: string): string {
  const paragraphs = body.split('\n\n')
  const at = Math.floor(random() * paragraphs.length)
  const paragraph = paragraphs[at] ?? ''
  const spaces = [...paragraph.matchAll(/ /g)].map((match) => match.index)
  const kind = random()
  if (spaces.length < 2 || kind < 0.6) {
    const cut = spaces.length > 0 ? (spaces[Math.floor(random() * spaces.length)] ?? 0) : paragraph.length
    paragraphs[at] = `${paragraph.slice(0, cut)} ${word}${paragraph.slice(cut)}`
  } else {
    const which = Math.floor(random() * (spaces.length - 1))
    const from = spaces[which] ?? 0
    const to = spaces[which + 1] ?? paragraph.length
    paragraphs[at] = `${paragraph.slice(0, from)}${kind < 0.85 ? '' : ` ${word}`}${paragraph.slice(to)}`
  }
  return paragraphs.join('\n\n')
}

/** The key a review log entry has in the synced map: the same answer on two computers is one entry. */
export function reviewKey(entry: ReviewLogEntry): string {
  return createHash('sha256').update(`${entry.cardId}|${entry.at}|${entry.grade}`).digest('hex').slice(0, 24)
}

/**
 * Makes one day of changes on `state` (mutated, so the data file can be measured after it) and
 * returns them in the order they were made; `day` numbers the day (its timestamps, its new ids).
 */
export function makeDay(state: AppState, random: () => number, mix: DayMix, day: number): SyncOp[] {
  const base = Date.UTC(2026, 0, 5) + day * 86_400_000
  let tick = 0
  const now = (): string => new Date(base + 8 * 3_600_000 + (tick += 1) * 1000).toISOString()
  const noteIds = Object.keys(state.notes)
  const skillIds = Object.keys(state.skills)
  const ops: SyncOp[] = []
  for (let i = 0; i < mix.newNotes; i += 1) {
    const model = state.notes[noteIds[Math.floor(random() * noteIds.length)] ?? ''] as Note
    const id = `note-d${day}-${i}`
    const at = now()
    const note: Note = { ...model, id, title: `Day ${day} note ${i}`, createdAt: at, updatedAt: at }
    state.notes[id] = note
    ops.push({ kind: 'note', note })
  }
  const ids = Object.keys(state.notes)
  for (let i = 0; i < mix.saves; i += 1) {
    const id = ids[Math.floor(random() * ids.length)] ?? ''
    const old = state.notes[id] as Note
    const note: Note = {
      ...old,
      body: editParagraph(old.body, random, `${WORDS[i % WORDS.length]}${day}`),
      updatedAt: now(),
    }
    state.notes[id] = note
    ops.push({ kind: 'note', note })
  }
  for (let i = 0; i < mix.reviews; i += 1) {
    const cardId = `card-${String(between(random, 1, 600)).padStart(4, '0')}`
    const previous = state.review.cards[cardId]
    const at = now()
    const grade = (1 + Math.floor(random() * 4)) as 1 | 2 | 3 | 4
    const interval = grade === 1 ? 0 : Math.min(365, Math.round((previous?.scheduled_days ?? 1) * (1 + grade * 0.6)))
    const card: CardState = {
      due: new Date(Date.parse(at) + interval * 86_400_000).toISOString(),
      stability: 1 + random() * 40,
      difficulty: 1 + random() * 9,
      elapsed_days: previous?.scheduled_days ?? 0,
      scheduled_days: interval,
      learning_steps: 0,
      reps: (previous?.reps ?? 0) + 1,
      lapses: (previous?.lapses ?? 0) + (grade === 1 ? 1 : 0),
      state: grade === 1 ? 3 : 2,
      last_review: at,
      lastGrade: grade,
      lapsed: grade === 1,
    }
    const entry: ReviewLogEntry = {
      cardId,
      skillId: skillIds[between(random, 0, skillIds.length - 1)] ?? '',
      grade,
      stateBefore: previous?.state ?? 0,
      scheduledDays: interval,
      at,
    }
    state.review.cards[cardId] = card
    state.review.log.push(entry)
    ops.push({ kind: 'review', key: reviewKey(entry), entry, cardId, card })
  }
  for (let i = 0; i < mix.statuses; i += 1) {
    const skillId = skillIds[i % skillIds.length] ?? ''
    const status = STATUSES[Math.floor(random() * STATUSES.length)] ?? 'learning'
    const updatedAt = now()
    state.skills[skillId] = { ...state.skills[skillId]!, status, updatedAt }
    ops.push({ kind: 'status', skillId, status, updatedAt })
  }
  for (let i = 0; i < mix.sessions; i += 1) {
    const start = now()
    const minutes = between(random, 10, 90)
    const session: StudySession = {
      id: `session-d${day}-${i}`,
      skillId: skillIds[between(random, 0, skillIds.length - 1)] ?? '',
      start,
      end: new Date(Date.parse(start) + minutes * 60_000).toISOString(),
      minutes,
      manual: false,
    }
    state.study.sessions.push(session)
    ops.push({ kind: 'session', session })
  }
  return ops
}
