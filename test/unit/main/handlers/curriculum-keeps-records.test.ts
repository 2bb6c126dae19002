import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { tempDir } from '../../../support/temp-dir'
import { openTestCore } from '../../../support/test-services'
import { detached, plans, requestOf, sendStep as send } from '../../../support/curriculum-steps'

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
