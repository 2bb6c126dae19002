import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import type { Core } from '../../../../src/main/core'
import type { Around } from '../../../../src/main/store/data-store'
import type { AppState } from '../../../../src/shared/model'
import { patchesOf, valueAt, type Change } from '../../../../src/shared/changes/records'
import { applyPatchesTo } from '../../../../src/shared/changes/apply'
import { tempDir } from '../../../support/temp-dir'
import { openTestCore } from '../../../support/test-services'
import { plans, requestOf, sendStep, type PlannedStep } from '../../../support/curriculum-steps'

const isEqual = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b)

/** The calls of the steps the curriculum plans do not make: editing, deleting and bringing back notes, settings, confidence, removing sessions. */
function otherCall(state: AppState, step: PlannedStep): [string, unknown] | null {
  const notes = Object.values(state.notes)
  const note = notes.length > 0 ? notes[step.pick % notes.length] : undefined
  const skill = state.curriculum.skills[step.pick % Math.max(1, state.curriculum.skills.length)]
  const trashedNote = state.trash.find((entry) => entry.kind === 'note')
  const session = state.study.sessions[step.other % Math.max(1, state.study.sessions.length)]
  const text = step.words.join(' ')
  switch (step.kind % 6) {
    case 0:
      return note
        ? [
            'notes:save',
            {
              id: note.id,
              title: step.other % 4 === 0 ? text : note.title,
              body: `${note.body}\n\n${text} :: ${step.words[0]}`,
            },
          ]
        : null
    case 1:
      return note ? ['notes:delete', { id: note.id }] : null
    case 2:
      return trashedNote?.kind === 'note' ? ['trash:restore', { id: trashedNote.note.id }] : null
    case 3:
      return ['settings:setTheme', { theme: (['light', 'dark', 'system'] as const)[step.other % 3] }]
    case 4:
      return skill ? ['skills:setConfidence', { skillId: skill.id, confidence: step.other % 6 }] : null
    default:
      return session ? ['study:remove', { id: session.id }] : null
  }
}

/** Runs one step (a curriculum plan step, or one of the others every third step) and gives every change it made. */
async function run(core: Core, step: PlannedStep, n: number): Promise<Array<{ change: Change; around: Around }>> {
  const told: Array<{ change: Change; around: Around }> = []
  const stop = core.store.subscribe((change, around) => told.push({ change, around }))
  try {
    const call = n % 3 === 2 ? otherCall(core.store.state, step) : null
    if (call) await core.dispatch(call[0], call[1])
    else await sendStep(core, requestOf(core.store.state, step))
  } finally {
    stop()
  }
  return told
}

describe('the change records of every write', () => {
  it('replay exactly: the records applied to the state before give the state after, and name only what changed', async () => {
    await fc.assert(
      fc.asyncProperty(plans(4, 20), async (steps) => {
        const temp = await tempDir()
        const core = await openTestCore(temp.dir)
        try {
          for (const [n, step] of steps.entries()) {
            const before = core.store.state
            const told = await run(core, step, n)
            const replayed = applyPatchesTo(before, patchesOf(told.flatMap(({ change }) => change.records)))
            expect(replayed).toEqual(core.store.state)
            for (const { change, around } of told) {
              expect(change.records.length).toBeGreaterThan(0)
              for (const record of change.records) {
                // Each record is of an item this very write changed, and each field it carries moved.
                expect(
                  isEqual(valueAt(around.before, record.at), valueAt(around.after, record.at)),
                  `${record.kind} ${record.id}`,
                ).toBe(false)
                for (const field of record.fields)
                  if (field.op === 'replace') expect(isEqual(field.old, field.new)).toBe(false)
              }
            }
          }
        } finally {
          await core.close()
          await temp.remove()
        }
      }),
      { numRuns: 20 },
    )
  }, 180_000)

  it('keeps a status change one small record of the skill (and the day’s progress snapshot it moves)', async () => {
    const temp = await tempDir()
    const core = await openTestCore(temp.dir)
    try {
      await core.dispatch('skills:setStatus', { skillId: 'databases', status: 'learning' })
      const told: Change[] = []
      core.store.subscribe((change) => told.push(change))
      await core.dispatch('skills:setStatus', { skillId: 'databases', status: 'done' })
      expect(told).toHaveLength(1)
      const [change] = told
      expect(change?.origin).toEqual({ kind: 'channel', channel: 'skills:setStatus' })
      const skill = change?.records.find((record) => record.kind === 'skill-progress')
      expect(skill).toMatchObject({ id: 'databases', op: 'changed', at: ['skills', 'databases'] })
      expect(skill?.fields.map((field) => field.path.join('.')).sort()).toEqual(['status', 'updatedAt'])
      expect(skill?.fields.find((field) => field.path[0] === 'status')).toMatchObject({ old: 'learning', new: 'done' })
      expect(change?.records.every((record) => ['skill-progress', 'progress-snapshot'].includes(record.kind))).toBe(
        true,
      )
      expect(JSON.stringify(change).length).toBeLessThan(1500)
    } finally {
      await core.close()
      await temp.remove()
    }
  })

  it('gives a whole-state restore records per item that differs, not one for the state', async () => {
    const temp = await tempDir()
    const core = await openTestCore(temp.dir)
    try {
      const note = (await core.dispatch('notes:create', { skillId: 'databases', title: 'Joins', body: 'inner' })) as {
        ok: true
        value: { id: string }
      }
      const next = structuredClone<AppState>(core.store.state)
      next.notes[note.value.id]!.body = 'outer'
      next.settings.theme = 'dark'
      const told: Change[] = []
      core.store.subscribe((change) => told.push(change))
      await core.store.replace(next, { kind: 'import', what: 'backup' })
      const [restore] = told
      expect(restore?.origin).toEqual({ kind: 'import', what: 'backup' })
      expect(restore?.records.map((record) => `${record.kind} ${record.id}`).sort()).toEqual([
        `note ${note.value.id}`,
        'setting theme',
      ])
    } finally {
      await core.close()
      await temp.remove()
    }
  })
})
