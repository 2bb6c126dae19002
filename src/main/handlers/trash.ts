import { isDraft, original } from 'immer'
import { reconcile } from '../store/reconcile'
import type { HandlerContext } from './context'
import type { DomainHandlers } from './types'
import type { AppState, TrashEntry, TrashKind, TrashSummary } from '../../shared/model'
import { AppError } from '../../shared/result'
import { TRASH_RULE } from '../../shared/trash/rule'
import { MAX_CUSTOM_GOALS } from '../../shared/schemas/levels'
import { restoreInCurriculum } from '../curriculum/apply-edit'
import { recordProgress } from '../progress-log'
import { toStateView } from './app'
import { reinsert } from '../../shared/order/ordered'

// The app's one trash: every delete (notes, sessions, goals, own cards, evidence links, and the
// curriculum's skills, sub-topics, categories and framework rows) puts what it removed here in the
// same write, and trash.restore, the undo of every delete, puts it back.

/** A removal as a delete describes it; the trash adds when it happened. */
export type Removal = TrashEntry extends infer E ? (E extends TrashEntry ? Omit<E, 'deletedAt'> : never) : never

const DAY_MS = 86_400_000

/** Characters of note text in the trash (it is written with every save, unlike notes it is not cached). */
const textIn = (entry: TrashEntry): number => (entry.kind === 'note' ? entry.note.body.length : 0)

/**
 * Keeps what a delete removed, inside the same update, so it can be put back; never refuses. Then
 * applies TRASH_RULE: the oldest go for good while there are too many, they are too old, or the
 * note text is too long (the one just put in always stays).
 */
export function putInTrash(state: AppState, removal: Removal, now: Date): void {
  state.trash.push({ ...removal, deletedAt: now.toISOString() })
  const oldestKept = now.getTime() - TRASH_RULE.days * DAY_MS
  let chars = state.trash.reduce((sum, entry) => sum + textIn(entry), 0)
  let drop = 0
  const count = state.trash.length
  for (const entry of state.trash) {
    if (count - drop <= 1) break
    if (
      count - drop <= TRASH_RULE.entries &&
      chars <= TRASH_RULE.noteChars &&
      Date.parse(entry.deletedAt) >= oldestKept
    )
      break
    chars -= textIn(entry)
    drop += 1
  }
  if (drop > 0) state.trash.splice(0, drop)
}

/** The id of the item a trash entry holds. */
export function trashedId(entry: TrashEntry): string {
  switch (entry.kind) {
    case 'note':
      return entry.note.id
    case 'session':
      return entry.session.id
    case 'goal':
      return entry.goal.id
    case 'card':
      return entry.card.id
    case 'evidence':
      return entry.item.id
    case 'skill':
      return entry.skill.id
    case 'subtopic':
      return entry.subtopic.id
    case 'category':
      return entry.category.id
    case 'framework':
      return entry.framework.id
  }
}

/** The skill a trash entry belongs to (null for a goal, a category or a framework row). */
function skillOf(entry: TrashEntry): string | null {
  switch (entry.kind) {
    case 'note':
      return entry.note.skillId
    case 'session':
      return entry.session.skillId
    case 'card':
      return entry.card.skillId
    case 'evidence':
    case 'subtopic':
      return entry.skillId
    case 'skill':
      return entry.skill.id
    case 'goal':
    case 'category':
    case 'framework':
      return null
  }
}

/** What the learner would call the item (a session, which has no name, is called by its length). */
function nameOf(entry: TrashEntry): string {
  switch (entry.kind) {
    case 'note':
      return entry.note.title
    case 'session':
      return `${entry.session.minutes} min`
    case 'goal':
      return entry.goal.title
    case 'card':
      return entry.card.front
    case 'evidence':
      return entry.item.title
    case 'skill':
      return entry.skill.title
    case 'subtopic':
      return entry.subtopic.title
    case 'category':
      return entry.category.title
    case 'framework':
      return entry.framework.name
  }
}

type CurriculumEntry = Extract<TrashEntry, { kind: 'skill' | 'subtopic' | 'category' | 'framework' }>

const CURRICULUM_KINDS: ReadonlySet<TrashKind> = new Set<CurriculumEntry['kind']>([
  'skill',
  'subtopic',
  'category',
  'framework',
])

/** Whether an entry was deleted from the curriculum (it goes back through restoreInCurriculum). */
function isCurriculumEntry(entry: TrashEntry): entry is CurriculumEntry {
  return CURRICULUM_KINDS.has(entry.kind)
}

/** Puts one entry of the data back where it was (curriculum entries are put back by restoreInCurriculum); refuses when its place is full. */
function putBack(state: AppState, entry: Exclude<TrashEntry, CurriculumEntry>): void {
  switch (entry.kind) {
    case 'note':
      state.notes[entry.note.id] = entry.note
      return
    case 'session':
      state.study.sessions.splice(Math.min(entry.index, state.study.sessions.length), 0, entry.session)
      return
    case 'goal': {
      const level = state.levels[entry.level]
      if (level.customGoals.length >= MAX_CUSTOM_GOALS)
        throw new AppError(
          'too-large',
          `This level already holds ${MAX_CUSTOM_GOALS} goals of your own; delete one to bring this one back.`,
        )
      reinsert(level.customGoals, entry.goal, entry.index)
      if (entry.done && !level.doneGoalIds.includes(entry.goal.id)) level.doneGoalIds.push(entry.goal.id)
      return
    }
    case 'card':
      state.review.custom[entry.card.id] = entry.card
      if (entry.schedule) state.review.cards[entry.card.id] = entry.schedule
      return
    case 'evidence': {
      const list = state.evidence[entry.skillId] ?? []
      state.evidence[entry.skillId] = [...list.slice(0, entry.index), entry.item, ...list.slice(entry.index)]
      return
    }
  }
}

/** Where in the trash the newest removal of `id` is (of skill `skillId` when given: sub-topic ids are unique only within their skill); -1 when none is. */
function findRemoval(trash: readonly TrashEntry[], id: string, skillId: string | undefined): number {
  return trash.findLastIndex(
    (entry) => trashedId(entry) === id && (skillId === undefined || skillOf(entry) === skillId),
  )
}

/**
 * Takes the newest removal of `id` (of skill `skillId` when given) out of the trash and puts it back
 * where it was, inside a store update; answers its kind and skill. Throws a readable AppError, before
 * changing anything, when it is not in the trash or its place cannot take it.
 */
export function takeFromTrash(
  state: AppState,
  id: string,
  skillId: string | undefined,
): { kind: TrashKind; skillId: string | null } {
  const index = findRemoval(state.trash, id, skillId)
  const entry = state.trash[index]
  if (!entry) throw new AppError('not-found', 'That item can no longer be brought back.')
  const taken = { kind: entry.kind, skillId: skillOf(entry) }
  if (isCurriculumEntry(entry)) {
    // Worked out on the curriculum as it was, then written node by node: the records name what came back.
    const base = isDraft(state.curriculum) ? original(state.curriculum) : undefined
    if (base) reconcile(state.curriculum, base, restoreInCurriculum(base, entry))
    else state.curriculum = restoreInCurriculum(state.curriculum, entry)
  } else putBack(state, entry)
  state.trash.splice(index, 1)
  return taken
}

/** Trash handlers: restore is the undo of every delete; list shows what can still come back. */
export function trashHandlers(ctx: HandlerContext): DomainHandlers<'trash'> {
  return {
    async restore({ id, skillId }) {
      const taken: { kind: TrashKind; skillId: string | null } = { kind: 'note', skillId: null }
      await ctx.store.update((state) => {
        Object.assign(taken, takeFromTrash(state, id, skillId))
        // What comes back to the curriculum moves the category figures (as its delete did): today's snapshot follows.
        if (CURRICULUM_KINDS.has(taken.kind)) recordProgress(state, ctx.clock.now(), ctx.clock.timeZone())
      })
      const { kind, skillId: owner } = taken
      return { id, kind, skillId: owner, state: toStateView(ctx.store.state) }
    },
    async list() {
      return ctx.store.state.trash
        .map((entry): TrashSummary => ({
          id: trashedId(entry),
          kind: entry.kind,
          name: nameOf(entry),
          skillId: skillOf(entry),
          deletedAt: entry.deletedAt,
        }))
        .reverse()
    },
  }
}
