import fc from 'fast-check'
import type { CurriculumEdit } from '../../src/shared/contract/curriculum'
import type { AppState, TrashEntry } from '../../src/shared/model'
import type { Core } from '../../src/main/core'
import type { Result } from '../../src/shared/result'
import { TEST_NOW } from './test-clock'

// Random sequences of what a learner does to the curriculum (add, rename, move, hide, delete and
// restore skills, sub-topics and categories) mixed with what they record on it (notes, cards,
// evidence, study time, status and ticks). A plan is plain numbers and words, turned into a request
// against the state as it is at that step, so fast-check can shrink a failing sequence.

/** One planned step: which kind of action, which item it aims at, and words for names and notes. */
export interface PlannedStep {
  kind: number
  pick: number
  other: number
  words: string[]
}

const word = fc.constantFrom(
  'index',
  'join',
  'cache',
  'queue',
  'shard',
  'lock',
  'retry',
  'token',
  'pool',
  'replica',
  'schema',
  'vacuum',
  'ünïcode',
  '“quoted”',
  '<b>tag</b>',
  'emoji🙂',
)

/** Arbitrary plans of `min` to `max` steps. */
export function plans(min: number, max: number): fc.Arbitrary<PlannedStep[]> {
  return fc.array(
    fc.record({
      kind: fc.nat(99),
      pick: fc.nat(),
      other: fc.nat(),
      words: fc.array(word, { minLength: 1, maxLength: 6 }),
    }),
    { minLength: min, maxLength: max },
  )
}

/** What a step turns into: a curriculum edit, a restore from its trash, or something the learner records on a skill. */
export type Request =
  | { edit: CurriculumEdit }
  | { restore: { id: string; skillId?: string } }
  | { note: { skillId: string; title: string; body: string } }
  | { card: { skillId: string; front: string; back: string } }
  | { evidence: { skillId: string; url: string; title: string } }
  | { session: { skillId: string; minutes: number } }
  | { status: { skillId: string; status: 'learning' | 'done' } }
  | { tick: { skillId: string; subtopicId: string } }

const at = <T>(list: readonly T[], n: number): T | undefined => (list.length === 0 ? undefined : list[n % list.length])

/** The id a trash entry is restored by, and its skill for a sub-topic (unique only within it). */
function restoreOf(entry: TrashEntry | undefined): { id: string; skillId?: string } {
  if (!entry) return { id: 'no-such' }
  switch (entry.kind) {
    case 'skill':
      return { id: entry.skill.id }
    case 'subtopic':
      return { id: entry.subtopic.id, skillId: entry.skillId }
    case 'category':
      return { id: entry.category.id }
    case 'framework':
      return { id: entry.framework.id }
    default:
      return { id: 'no-such' }
  }
}

/** The step as a request against the state; ids that exist are aimed at nine times in ten, an unknown one otherwise. */
export function requestOf(state: Pick<AppState, 'curriculum' | 'trash'>, step: PlannedStep): Request {
  const c = state.curriculum
  const title = step.words.join(' ')
  const aim = <T extends { id: string }>(list: readonly T[]): string =>
    step.other % 10 === 9 ? 'no-such' : (at(list, step.pick)?.id ?? 'no-such')
  const skillId = aim(c.skills)
  const skill = c.skills.find((s) => s.id === skillId)
  const subtopicId = skill ? (at(skill.subtopics, step.other)?.id ?? 'no-such') : 'no-such'
  const categoryId = aim(c.categories)
  const to = step.other % 3 === 0 ? 'up' : step.other % 3 === 1 ? 'down' : step.other % 20
  const edits: Array<() => CurriculumEdit> = [
    () => ({ op: 'addSkill', categoryId, title, summary: '', subtopics: step.words.slice(0, 3) }),
    () => ({ op: 'updateSkill', skillId, title }),
    () => ({ op: 'updateSkill', skillId, categoryId: at(c.categories, step.other)?.id ?? 'no-such' }),
    () => ({ op: 'moveSkill', skillId, to }),
    () => ({ op: 'hideSkill', skillId, hidden: step.other % 2 === 0 }),
    () => ({ op: 'deleteSkill', skillId }),
    () => ({ op: 'addSubtopic', skillId, title }),
    () => ({ op: 'renameSubtopic', skillId, subtopicId, title }),
    () => ({ op: 'moveSubtopic', skillId, subtopicId, to }),
    () => ({ op: 'deleteSubtopic', skillId, subtopicId }),
    () => ({ op: 'addCategory', title }),
    () => ({ op: 'renameCategory', categoryId, title }),
    () => ({ op: 'moveCategory', categoryId, to }),
    () => ({ op: 'hideCategory', categoryId, hidden: step.other % 2 === 0 }),
    () => ({ op: 'deleteCategory', categoryId }),
  ]
  const records: Array<() => Request> = [
    () => ({ note: { skillId, title, body: `${title}\n\n${[...step.words].reverse().join(' ')}` } }),
    () => ({ card: { skillId, front: `${title}?`, back: title } }),
    () => ({ evidence: { skillId, url: `https://example.com/${step.pick}`, title } }),
    () => ({ session: { skillId, minutes: 1 + (step.other % 90) } }),
    () => ({ status: { skillId, status: step.other % 2 === 0 ? 'learning' : 'done' } }),
    () => ({ tick: { skillId, subtopicId } }),
  ]
  // About half the steps edit the curriculum, a tenth restore something, the rest record.
  if (step.kind < 50) return { edit: edits[step.kind % edits.length]!() }
  if (step.kind < 60) return { restore: restoreOf(at(state.trash, step.pick)) }
  return records[step.kind % records.length]!()
}

/** Skill ids in the curriculum or in the trash. */
function keptSkills(state: AppState): Set<string> {
  return new Set([
    ...state.curriculum.skills.map((s) => s.id),
    ...state.trash.flatMap((t) => (t.kind === 'skill' ? [t.skill.id] : [])),
  ])
}

/** `skillId/subtopicId` of every sub-topic live, in the trash, or in a trashed skill. */
function keptSubtopics(state: AppState): Set<string> {
  const live = state.curriculum.skills.flatMap((s) => s.subtopics.map((t) => `${s.id}/${t.id}`))
  const trashed = state.trash.flatMap((t) =>
    t.kind === 'subtopic'
      ? [`${t.skillId}/${t.subtopic.id}`]
      : t.kind === 'skill'
        ? t.skill.subtopics.map((s) => `${t.skill.id}/${s.id}`)
        : [],
  )
  return new Set([...live, ...trashed])
}

/** Everything the learner recorded that no longer belongs to a live or trashed skill (or sub-topic), described; empty when all is attached. */
export function detached(state: AppState): string[] {
  const skills = keptSkills(state)
  const subtopics = keptSubtopics(state)
  const out: string[] = []
  const check = (what: string, skillId: string): void =>
    void (skills.has(skillId) ? null : out.push(`${what} on ${skillId}`))
  for (const note of Object.values(state.notes)) check(`note ${note.id}`, note.skillId)
  for (const card of Object.values(state.review.custom)) check(`card ${card.id}`, card.skillId)
  for (const card of Object.values(state.review.noteCards)) check(`note card ${card.id}`, card.skillId)
  for (const [skillId, items] of Object.entries(state.evidence))
    if (items.length > 0) check(`${items.length} evidence links`, skillId)
  for (const session of state.study.sessions) check(`session ${session.id}`, session.skillId)
  for (const [skillId, progress] of Object.entries(state.skills)) {
    check('progress', skillId)
    for (const [subtopicId, done] of Object.entries(progress.subtopics))
      if (done && !subtopics.has(`${skillId}/${subtopicId}`)) out.push(`tick ${skillId}/${subtopicId}`)
  }
  return out
}

/** Sends a request through the real router and handlers, as the renderer would. */
export function sendStep(core: Core, request: Request): Promise<Result<unknown>> {
  if ('edit' in request) return core.dispatch('curriculum:edit', request.edit)
  if ('restore' in request) return core.dispatch('trash:restore', request.restore)
  if ('note' in request) return core.dispatch('notes:create', request.note)
  if ('card' in request) return core.dispatch('review:addCard', request.card)
  if ('evidence' in request) return core.dispatch('evidence:add', { ...request.evidence, kind: 'article' })
  if ('session' in request)
    return core.dispatch('study:log', {
      skillId: request.session.skillId,
      start: new Date(TEST_NOW.getTime() - 86_400_000).toISOString(),
      minutes: request.session.minutes,
    })
  if ('status' in request) return core.dispatch('skills:setStatus', request.status)
  return core.dispatch('skills:setSubtopic', { ...request.tick, done: true })
}
