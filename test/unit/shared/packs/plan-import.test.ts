import { describe, expect, it } from 'vitest'
import { defaultCurriculum } from '../../../../src/shared/curriculum/default'
import { planPackImport } from '../../../../src/shared/packs/plan-import'
import type { NewId } from '../../../../src/shared/curriculum/new-id'
import { incomingFromPack } from '../../../../src/shared/packs/incoming'
import { readOutline } from '../../../../src/shared/packs/outline-read'
import { packSchema } from '../../../../src/shared/packs/pack-schema'
import { applyEdit } from '../../../../src/main/curriculum/apply-edit'
import type { TrashEntry } from '../../../../src/shared/model'
import { keyAfter } from '../../../../src/shared/order/ordered'
import { smallPack } from './pack-fixture'

const counter = (): NewId => {
  let n = 0
  return (prefix) => `${prefix}-${++n}`
}

describe('planning an import', () => {
  it('adds a new pack after the curriculum, records it, and keeps every built-in skill', () => {
    const before = defaultCurriculum()
    const { curriculum, summary } = planPackImport(
      before,
      {},
      incomingFromPack(packSchema.parse(smallPack())),
      counter(),
      [],
    )
    expect(curriculum.skills.slice(0, before.skills.length)).toEqual(before.skills)
    expect(curriculum.skills.slice(before.skills.length).map((s) => [s.id, s.category])).toEqual([
      ['docker', 'devops'],
      ['ci', 'devops'],
    ])
    expect(curriculum.packs).toEqual([{ id: 'devops-basics', title: 'DevOps basics', packVersion: 1 }])
    expect(summary.skills.added).toEqual({ count: 2, names: ['Docker', 'Continuous integration'] })
    expect(summary.subtopics.added.count).toBe(3)
    expect(summary.categories.added.names).toEqual(['DevOps'])
  })

  it('updates a newer release of a pack in place by id: renames, additions, the learner’s own additions kept', () => {
    const first = planPackImport(
      defaultCurriculum(),
      {},
      incomingFromPack(packSchema.parse(smallPack())),
      counter(),
      [],
    ).curriculum
    // The learner added a sub-topic of their own to Docker.
    const own = applyEdit(
      first,
      { op: 'addSubtopic', skillId: 'docker', title: 'My own notes topic' },
      () => 'st-own',
    ).curriculum
    const next = smallPack({ packVersion: 2 })
    next.skills[0]!.title = 'Docker in practice'
    next.skills[0]!.subtopics!.push({ id: 'volumes', title: 'Volumes' })
    const { curriculum, summary } = planPackImport(own, {}, incomingFromPack(packSchema.parse(next)), counter(), [])
    const docker = curriculum.skills.find((s) => s.id === 'docker')!
    expect(docker.title).toBe('Docker in practice')
    expect(docker.subtopics.map((t) => t.id)).toEqual(['images', 'compose', 'st-own', 'volumes'])
    expect(curriculum.skills.filter((s) => s.id === 'docker')).toHaveLength(1)
    expect(curriculum.packs).toEqual([{ id: 'devops-basics', title: 'DevOps basics', packVersion: 2 }])
    expect(summary.skills.renamed.names).toEqual(['Docker → Docker in practice'])
    expect(summary.skills.kept.names).toEqual(['Continuous integration'])
    expect(summary.subtopics.added.names).toEqual(['Docker in practice: Volumes'])
    expect(summary.pack).toEqual({ id: 'devops-basics', title: 'DevOps basics', packVersion: 2, addedVersion: 1 })
  })

  it('matches an outline without ids by title, case-insensitive and trimmed, and ticks only what is not ticked yet', () => {
    const base = defaultCurriculum()
    const outline = readOutline(
      '# technical SKILLS\n\n## databases\n\n- [x] Indexes and why queries get slow\n- [x]   create, read, update, delete from code  \n- [ ] Sharding\n',
    )
    const { curriculum, ticks, summary } = planPackImport(
      base,
      { databases: { status: 'learning', confidence: 0, subtopics: { crud: true } } },
      outline,
      counter(),
      [],
    )
    expect(curriculum.categories).toHaveLength(base.categories.length)
    expect(curriculum.categories[0]?.title).toBe('technical SKILLS')
    const db = curriculum.skills.find((s) => s.id === 'databases')!
    expect(db.title).toBe('databases')
    expect(db.subtopics.at(-1)).toEqual({
      id: 'st-1',
      order: keyAfter(db.subtopics.slice(0, -1)),
      title: 'Sharding',
      resources: [],
    })
    expect(db.subtopics).toHaveLength(base.skills.find((s) => s.id === 'databases')!.subtopics.length + 1)
    expect(ticks).toEqual([{ skillId: 'databases', subtopicId: 'indexes' }])
    expect(summary.ticked).toBe(1)
    expect(summary.skills.renamed.names).toEqual(['Databases → databases'])
    expect(summary.subtopics.renamed.names).toEqual([
      'databases: Create, read, update, delete from code → create, read, update, delete from code',
    ])
  })

  it('never brings back a skill from the trash, and says so', () => {
    const added = planPackImport(
      defaultCurriculum(),
      {},
      incomingFromPack(packSchema.parse(smallPack())),
      counter(),
      [],
    ).curriculum
    const deleted = applyEdit(added, { op: 'deleteSkill', skillId: 'ci' }, () => 'never-used')
    const trash = [{ ...deleted.removed!, deletedAt: '2026-01-01T00:00:00.000Z' } as TrashEntry]
    const { curriculum, summary } = planPackImport(
      deleted.curriculum,
      {},
      incomingFromPack(packSchema.parse(smallPack({ packVersion: 2 }))),
      counter(),
      trash,
    )
    expect(curriculum.skills.some((s) => s.id === 'ci')).toBe(false)
    expect(summary.skipped).toEqual([
      '“Continuous integration” is in the trash: restore it from there, then import again to update it.',
    ])
  })

  it('never brings back a framework row from the trash either', () => {
    const base = defaultCurriculum()
    const row = base.frameworks[0]!
    const trashed = { ...base, frameworks: base.frameworks.slice(1) }
    const trash: TrashEntry[] = [{ kind: 'framework', deletedAt: '2026-01-01T00:00:00.000Z', index: 0, framework: row }]
    const { curriculum, summary } = planPackImport(
      trashed,
      {},
      incomingFromPack(packSchema.parse(smallPack({ frameworks: [row] }))),
      counter(),
      trash,
    )
    expect(curriculum.frameworks.some((f) => f.id === row.id)).toBe(false)
    expect(summary.skipped).toEqual([
      `The framework row “${row.name}” is in the trash: restore it from there, then import again to update it.`,
    ])
  })

  it('refuses an import that would pass the skill limit, changing nothing', () => {
    const big = smallPack({
      skills: Array.from({ length: 990 }, (_, i) => ({ id: `s${i}`, title: `Skill ${i}`, category: 'devops' })),
    })
    const before = defaultCurriculum()
    const copy = structuredClone(before)
    expect(() => planPackImport(before, {}, incomingFromPack(packSchema.parse(big)), counter(), [])).toThrow(
      /1005 skills; a curriculum can hold up to 1000/,
    )
    expect(before).toEqual(copy)
  })

  it('links goals to the pack’s skills and adds its framework rows', () => {
    const base = defaultCurriculum()
    const goal = base.goals.entry[0]!
    const fw = { ...base.frameworks[0]!, id: 'my-own-framework', name: 'Mine' }
    const pack = smallPack({
      goalLinks: [{ level: 'entry', goalId: goal.id, skillIds: ['docker', 'unknown'] }],
      frameworks: [fw],
    })
    const { curriculum, summary } = planPackImport(base, {}, incomingFromPack(packSchema.parse(pack)), counter(), [])
    expect(curriculum.goals.entry[0]!.skillIds).toEqual([...goal.skillIds, 'docker'])
    expect(curriculum.frameworks.at(-1)?.id).toBe('my-own-framework')
    expect(summary.goalLinks).toBe(1)
    expect(summary.frameworks.added).toBe(1)
  })
})
