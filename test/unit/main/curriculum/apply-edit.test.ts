import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { applyEdit, restoreInCurriculum } from '../../../../src/main/curriculum/apply-edit'
import { defaultCurriculum } from '../../../../src/shared/curriculum/default'
import { curriculumSchema } from '../../../../src/shared/schemas/curriculum'
import type { Curriculum, TrashEntry } from '../../../../src/shared/model'
import { AppError } from '../../../../src/shared/result'

// What the learner recorded, keyed by skill id outside the curriculum: a note, a card and a study
// session on every built-in skill, and on every skill the edits add.
function attachedSkillIds(c: Curriculum, trash: readonly TrashEntry[]): Set<string> {
  return new Set([...c.skills.map((s) => s.id), ...trash.flatMap((t) => (t.kind === 'skill' ? [t.skill.id] : []))])
}
function subtopicIds(c: Curriculum, trash: readonly TrashEntry[]): Set<string> {
  const live = c.skills.flatMap((s) => s.subtopics.map((t) => `${s.id}/${t.id}`))
  const trashed = trash.flatMap((t) =>
    t.kind === 'subtopic'
      ? [`${t.skillId}/${t.subtopic.id}`]
      : t.kind === 'skill'
        ? t.skill.subtopics.map((s) => `${t.skill.id}/${s.id}`)
        : [],
  )
  return new Set([...live, ...trashed])
}

/** A random edit or restore, aimed at ids that exist often enough to do something. */
const step = (c: Curriculum) => {
  const skillIds = [...c.skills.map((s) => s.id), 'no-such']
  const skill = fc.constantFrom(...skillIds)
  const category = fc.constantFrom(...c.categories.map((cat) => cat.id), 'no-such')
  const to = fc.oneof(fc.constantFrom('up' as const, 'down' as const), fc.nat(20))
  const title = fc.string({ minLength: 1, maxLength: 20 }).filter((t) => t.trim().length > 0)
  const sub = (skillId: string) => c.skills.find((s) => s.id === skillId)?.subtopics.map((t) => t.id) ?? []
  return fc.oneof(
    fc.record({
      op: fc.constant('addSkill' as const),
      categoryId: category,
      title,
      summary: fc.constant(''),
      subtopics: fc.array(title, { maxLength: 3 }),
    }),
    fc.record({ op: fc.constant('updateSkill' as const), skillId: skill, title, categoryId: category }),
    fc.record({ op: fc.constant('moveSkill' as const), skillId: skill, to }),
    fc.record({ op: fc.constant('hideSkill' as const), skillId: skill, hidden: fc.boolean() }),
    fc.record({ op: fc.constant('deleteSkill' as const), skillId: skill }),
    fc.record({ op: fc.constant('addSubtopic' as const), skillId: skill, title }),
    skill.chain((skillId) =>
      fc.record({
        op: fc.constant('deleteSubtopic' as const),
        skillId: fc.constant(skillId),
        subtopicId: fc.constantFrom(...sub(skillId), 'no-such'),
      }),
    ),
    skill.chain((skillId) =>
      fc.record({
        op: fc.constant('moveSubtopic' as const),
        skillId: fc.constant(skillId),
        subtopicId: fc.constantFrom(...sub(skillId), 'no-such'),
        to,
      }),
    ),
    fc.record({ op: fc.constant('addCategory' as const), title }),
    fc.record({ op: fc.constant('hideCategory' as const), categoryId: category, hidden: fc.boolean() }),
    fc.record({ op: fc.constant('deleteCategory' as const), categoryId: category }),
    fc.record({ op: fc.constant('restore' as const), index: fc.nat(30) }),
  )
}

describe('curriculum edits', () => {
  it('keep every skill and sub-topic that held something either live or in the trash, through any sequence of edits', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 30 }), fc.integer(), (choices, seed) => {
        let c = defaultCurriculum()
        // The trash as the handlers keep it (these sequences stay far below its bounds): deletes push, a restore takes one out.
        const trash: TrashEntry[] = []
        let n = 0
        const newId = (prefix: string) => `${prefix}-${(n += 1)}`
        for (const [i, choice] of choices.entries()) {
          const before = { skills: attachedSkillIds(c, trash), subs: subtopicIds(c, trash) }
          const edit = fc.sample(step(c), { numRuns: 1, seed: seed + i * 7919 + choice })[0]!
          const unchanged = JSON.stringify(c)
          try {
            if (edit.op === 'restore') {
              const at = edit.index % Math.max(1, trash.length)
              const entry = trash[at]
              if (
                entry &&
                entry.kind !== 'note' &&
                entry.kind !== 'session' &&
                entry.kind !== 'goal' &&
                entry.kind !== 'card' &&
                entry.kind !== 'evidence'
              ) {
                c = restoreInCurriculum(c, entry)
                trash.splice(at, 1)
              }
            } else {
              const { curriculum, removed } = applyEdit(c, edit, newId)
              c = curriculum
              if (removed) trash.push({ ...removed, deletedAt: '2026-11-25T12:00:00.000Z' })
            }
          } catch (error) {
            // A refused edit is fine (unknown id, non-empty category); it must be a readable AppError, and change nothing.
            if (!(error instanceof AppError)) throw error
            expect(JSON.stringify(c)).toBe(unchanged)
          }
          for (const id of before.skills) expect(attachedSkillIds(c, trash).has(id)).toBe(true)
          for (const id of before.subs)
            if (attachedSkillIds(c, trash).has(id.split('/')[0]!)) expect(subtopicIds(c, trash).has(id)).toBe(true)
        }
        expect(curriculumSchema.safeParse(c).success).toBe(true)
        // Ids are unique and never reused.
        const ids = [...c.skills.map((s) => s.id), ...trash.flatMap((t) => (t.kind === 'skill' ? [t.skill.id] : []))]
        expect(new Set(ids).size).toBe(ids.length)
      }),
      { numRuns: 60 },
    )
  }, 60_000)

  it('change nothing when they are refused', () => {
    const c = defaultCurriculum()
    const frozen = JSON.stringify(c)
    applyEdit(c, { op: 'deleteSkill', skillId: 'apis' }, () => 'tr-1')
    applyEdit(c, { op: 'moveSkill', skillId: 'apis', to: 'down' }, () => 'x')
    expect(JSON.stringify(c)).toBe(frozen)
  })
})
