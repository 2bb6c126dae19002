import { describe, expect, it } from 'vitest'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { DATA_FILE } from '../../../../src/main/store/data-store'
import {
  appStateSchema,
  type AppState,
  type CustomCard,
  type EvidenceItem,
  type StudySession,
} from '../../../../src/shared/model'
import { TRASH_RULE } from '../../../../src/shared/trash/rule'
import { withCore } from '../../../support/with-core'
import { testDay } from '../../../support/test-clock'

const app = withCore()

async function onDisk(): Promise<AppState> {
  return appStateSchema.parse(JSON.parse(await readFile(join(app.dir, DATA_FILE), 'utf8')))
}
const restore = (id: string): Promise<{ id: string; kind: string; skillId: string | null }> =>
  app.ok('trash:restore', { id })

describe('trash handlers', () => {
  it('bring a deleted note back with the same id, title, body and timestamps, and search finds it again', async () => {
    const meta = await app.ok<{ id: string }>('notes:create', {
      skillId: 'apis',
      title: 'Status codes',
      body: 'Idempotent PUT, 201 on create',
    })
    const before = (await onDisk()).notes[meta.id]
    await app.ok('notes:delete', { id: meta.id })
    expect((await onDisk()).notes[meta.id]).toBeUndefined()
    expect((await onDisk()).trash).toHaveLength(1)

    expect(await restore(meta.id)).toMatchObject({ id: meta.id, kind: 'note', skillId: 'apis' })
    const file = await onDisk()
    expect(file.notes[meta.id]).toEqual(before)
    expect(file.trash).toEqual([])
    const hits = await app.ok<{ hits: Array<{ noteId?: string }> }>('search:query', { text: 'idempotent' })
    expect(JSON.stringify(hits)).toContain(meta.id)
  })

  it('put a removed session, evidence link and goal back in their place, with the goal still ticked', async () => {
    const sessions: StudySession[] = []
    for (const minutes of [10, 20, 30])
      sessions.push(
        await app.ok<StudySession>('study:log', { skillId: 'apis', start: `${testDay(-1)}T10:00:00.000Z`, minutes }),
      )
    const middle = sessions[1] as StudySession
    await app.ok('study:remove', { id: middle.id })
    await restore(middle.id)
    expect((await onDisk()).study.sessions.map((s) => s.id)).toEqual(sessions.map((s) => s.id))
    expect((await onDisk()).study.sessions[1]).toEqual(middle)

    let items: EvidenceItem[] = []
    for (const n of [1, 2, 3])
      items = (
        await app.ok<{ items: EvidenceItem[] }>('evidence:add', {
          skillId: 'apis',
          url: `https://example.com/${n}`,
          title: `Link ${n}`,
          kind: 'repo',
        })
      ).items
    const first = items[0] as EvidenceItem
    await app.ok('evidence:remove', { skillId: 'apis', id: first.id })
    await restore(first.id)
    expect((await onDisk()).evidence.apis).toEqual(items)

    await app.ok('levels:addGoal', { level: 'mid', title: 'Ship an API', skillIds: ['apis'] })
    await app.ok('levels:addGoal', { level: 'mid', title: 'Review a design', skillIds: [] })
    const [goal] = (await onDisk()).levels.mid.customGoals
    if (!goal) throw new Error('no goal')
    await app.ok('levels:setGoalDone', { level: 'mid', goalId: goal.id, done: true })
    const levelBefore = (await onDisk()).levels.mid
    await app.ok('levels:deleteGoal', { level: 'mid', goalId: goal.id })
    expect((await onDisk()).levels.mid.customGoals).toHaveLength(1)
    expect(await restore(goal.id)).toMatchObject({ kind: 'goal', skillId: null })
    expect((await onDisk()).levels.mid).toEqual(levelBefore)
  })

  it('bring a deleted card back with its review schedule', async () => {
    const card = await app.ok<CustomCard>('review:addCard', {
      skillId: 'apis',
      front: 'What does 201 mean?',
      back: 'Created',
    })
    await app.ok('review:rate', { cardId: card.id, grade: 3 })
    const before = await onDisk()
    await app.ok('review:removeCard', { cardId: card.id })
    expect((await onDisk()).review.cards[card.id]).toBeUndefined()
    await restore(card.id)
    const after = await onDisk()
    expect(after.review.custom[card.id]).toEqual(before.review.custom[card.id])
    expect(after.review.cards[card.id]).toEqual(before.review.cards[card.id])
  })

  it('survive a restart, refuse an id twice and keep only the newest removals', async () => {
    const meta = await app.ok<{ id: string }>('notes:create', { skillId: 'apis', title: 'Kept', body: 'text' })
    await app.ok('notes:delete', { id: meta.id })
    await app.restart()
    await restore(meta.id)
    expect((await onDisk()).notes[meta.id]?.title).toBe('Kept')
    expect(await app.core.dispatch('trash:restore', { id: meta.id })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    })

    const ids: string[] = []
    for (let n = 0; n < TRASH_RULE.entries + 2; n += 1) {
      const session = await app.ok<StudySession>('study:log', {
        skillId: 'apis',
        start: `${testDay(-1)}T10:00:00.000Z`,
        minutes: 5,
      })
      await app.ok('study:remove', { id: session.id })
      ids.push(session.id)
    }
    const trash = (await onDisk()).trash
    expect(trash).toHaveLength(TRASH_RULE.entries)
    expect(await app.core.dispatch('trash:restore', { id: ids[0] })).toMatchObject({ ok: false })
    await restore(ids[ids.length - 1] as string)
  })

  it('keep the trash out of the state the renderer holds', async () => {
    const meta = await app.ok<{ id: string }>('notes:create', { skillId: 'apis', title: 'Secret', body: 'body' })
    await app.ok('notes:delete', { id: meta.id })
    const { state } = await app.ok<{ state: Record<string, unknown> }>('app:getState')
    expect(state).not.toHaveProperty('trash')
    expect(JSON.stringify(state)).not.toContain(meta.id)
  })
})
