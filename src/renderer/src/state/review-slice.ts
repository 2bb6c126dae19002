import type { StateCreator } from 'zustand'
import type { CustomCard, Grade } from '../../../shared/model'
import { call, patchData, type AnswerOf, type Outcome } from './call'
import type { Store } from './store'
import { offeringUndo } from './undo-slice'

/** Review actions; a failure comes back as the message the form shows. */
export interface ReviewSlice {
  review: {
    rate: (cardId: string, grade: Grade) => Promise<Outcome>
    addCard: (card: { skillId: string; front: string; back: string; noteId?: string }) => Promise<Outcome<CustomCard>>
    removeCard: (cardId: string) => Promise<Outcome>
    /** Saves every live card as a file Anki imports (the learner picks where); a closed dialog answers `{ cancelled: true }`. */
    exportAnki: () => Promise<Outcome<AnswerOf<'review.exportAnki'>>>
  }
}

/** The review slice: review actions. */
export const createReviewSlice: StateCreator<Store, [], [], ReviewSlice> = (set, get) => ({
  review: {
    rate: (cardId, grade) =>
      call(
        'review.rate',
        { cardId, grade },
        {
          apply: ({ card, entry }) =>
            patchData(set, 'review', (review) => ({
              ...review,
              cards: { ...review.cards, [cardId]: card },
              log: [...review.log, entry],
            })),
          failure: 'Could not save the answer',
        },
      ),
    addCard: (card) =>
      call('review.addCard', card, {
        apply: (added) =>
          patchData(set, 'review', (review) => ({ ...review, custom: { ...review.custom, [added.id]: added } })),
      }),
    removeCard: (cardId) =>
      offeringUndo(
        get,
        `Deleted the card “${get().data?.review.custom[cardId]?.front ?? 'card'}”.`,
        cardId,
        call(
          'review.removeCard',
          { cardId },
          {
            apply: () =>
              patchData(set, 'review', (review) => {
                const { [cardId]: _card, ...custom } = review.custom
                const { [cardId]: _state, ...cards } = review.cards
                return { ...review, custom, cards }
              }),
          },
        ),
      ),
    exportAnki: () => call('review.exportAnki', undefined),
  },
})
