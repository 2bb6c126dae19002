import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import type { Core } from '../../../../src/main/core'
import type { Result } from '../../../../src/shared/result'
import { TEST_NOW } from '../../../support/test-clock'
import { tempDir } from '../../../support/temp-dir'
import { openTestCore } from '../../../support/test-services'
import { detached, plans, requestOf, type Request } from '../../../support/curriculum-steps'

/** Sends a request through the real router and handlers, as the renderer would. */
function send(core: Core, request: Request): Promise<Result<unknown>> {
  if ('edit' in request) return core.dispatch('curriculum:edit', request.edit)
  if ('restore' in request) return core.dispatch('trash:restore', request.restore)
  if ('note' in request) return core.dispatch('notes:create', request.note)
  if ('card' in request) return core.dispatch('review:addCard', request.card)
  if ('evidence' in request) return core.dispatch('evidence:add', { ...request.evidence, kind: 'article' })
  if ('session' in request) return core.dispatch('study:log', { skillId: request.session.skillId, start: new Date(TEST_NOW.getTime() - 86_400_000).toISOString(), minutes: request.session.minutes })
  if ('status' in request) return core.dispatch('skills:setStatus', request.status)
  return core.dispatch('skills:setSubtopic', { ...request.tick, done: true })
}

describe('curriculum edits through the real handlers and data file', () => {
  it('keep everything recorded attached to a live or trashed skill and every note word for word, across a restart', async () => {
    await fc.assert(
      fc.asyncProperty(plans(5, 25), async (steps) => {
        const temp = await tempDir()
        let core = await openTestCore(temp.dir)
        const typed = new Map<string, string>()
        try {
          for (const step of steps) {
            const request = requestOf(core.store.state, step)
            const result = await send(core, request)
            // Refusals are fine (an unknown id, a skill in the trash), but must be readable, never a crash.
            if (!result.ok) expect(result.error.code, result.error.message).not.toBe('internal')
            else if ('note' in request) typed.set((result.value as { id: string }).id, request.note.body)
            expect(detached(core.store.state)).toEqual([])
          }
          await core.close()
          core = await openTestCore(temp.dir)
          const state = core.store.state
          expect(detached(state)).toEqual([])
          expect(new Map(Object.values(state.notes).map((note) => [note.id, note.body]))).toEqual(typed)
        } finally {
          await core.close()
          await temp.remove()
        }
      }),
      { numRuns: 25 },
    )
  }, 120_000)
})
