import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { appStateSchema } from '../../../../src/shared/model'
import { curriculumSchema } from '../../../../src/shared/schemas/curriculum'
import { tempDir } from '../../../support/temp-dir'
import { openTestCore } from '../../../support/test-services'
import { detached, plans, requestOf, sendStep as send } from '../../../support/curriculum-steps'

// Long random sequences of curriculum edits mixed with records, each sent through the real router
// and handlers over a real data file (curriculum-keeps-records.test.ts adds a restart to shorter ones).

describe('any sequence of curriculum edits, through the real handlers', () => {
  it('keeps every note, card, evidence link, study session and progress entry attached to a live or trashed skill, and every note word by word', async () => {
    await fc.assert(
      fc.asyncProperty(plans(1, 60), async (steps) => {
        const temp = await tempDir()
        const core = await openTestCore(temp.dir)
        try {
          for (const step of steps) {
            const notesBefore = JSON.stringify(core.store.state.notes)
            const request = requestOf(core.store.state, step)
            const result = await send(core, request)
            // A refused edit (an unknown id, a category that still holds skills) must be a readable error, never a crash.
            if (!result.ok) expect(result.error.code, result.error.message).not.toBe('internal')
            expect(detached(core.store.state)).toEqual([])
            // Edits never touch a note: every one still holds exactly what was typed.
            if (!('note' in request)) expect(JSON.stringify(core.store.state.notes)).toBe(notesBefore)
          }
          expect(curriculumSchema.safeParse(core.store.state.curriculum).success).toBe(true)
          expect(appStateSchema.safeParse(core.store.state).success).toBe(true)
        } finally {
          await core.close()
          await temp.remove()
        }
      }),
      { numRuns: 50 },
    )
  }, 120_000)
})
