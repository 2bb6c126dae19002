import { describe, expect, it } from 'vitest'
import { withCore } from '../../../support/with-core'

describe('ids that every object inherits', () => {
  const test = withCore()

  it('are not taken for a note, a card or a skill that exists', async () => {
    for (const noteId of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      const answer = await test.core.dispatch('review:addCard', { skillId: 'databases', front: 'Q', back: 'A', noteId })
      // Refused: as no such note, or (for "__proto__") already by the id's schema.
      const refused = { ok: false, error: { code: expect.stringMatching(/^(not-found|invalid-payload)$/) } }
      expect(answer, noteId).toMatchObject(refused)
      expect(await test.core.dispatch('notes:get', { id: noteId }), noteId).toMatchObject(refused)
      expect(await test.core.dispatch('review:removeCard', { cardId: noteId }), noteId).toMatchObject(refused)
    }
    expect(Object.keys(test.core.store.state.review.custom)).toEqual([])
  })
})
