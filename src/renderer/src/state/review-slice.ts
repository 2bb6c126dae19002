import type { StateCreator } from 'zustand'
import type { CustomCard, Grade } from '../../../shared/model'
import { call, messageOf } from './call'
import type { Store } from './store'

/** Review actions; each resolves to an error message for the UI, or null on success. */
export interface ReviewSlice {
  rateCard: (cardId: string, grade: Grade) => Promise<string | null>
  addCard: (card: { skillId: string; front: string; back: string; noteId?: string }) => Promise<{ card: CustomCard } | { error: string }>
  removeCard: (cardId: string) => Promise<string | null>
}

export const createReviewSlice: StateCreator<Store, [], [], ReviewSlice> = (set) => ({
  async rateCard(cardId, grade) {
    try {
      const { card, entry } = await call(window.api.review.rate({ cardId, grade }))
      set((s) => (s.data ? { data: { ...s.data, review: { ...s.data.review, cards: { ...s.data.review.cards, [cardId]: card }, log: [...s.data.review.log, entry] } } } : {}))
      return null
    } catch (error) {
      return `Could not save the answer: ${messageOf(error)}`
    }
  },
  async addCard(request) {
    try {
      const card = await call(window.api.review.addCard(request))
      set((s) => (s.data ? { data: { ...s.data, review: { ...s.data.review, custom: { ...s.data.review.custom, [card.id]: card } } } } : {}))
      return { card }
    } catch (error) {
      return { error: messageOf(error) }
    }
  },
  async removeCard(cardId) {
    try {
      await call(window.api.review.removeCard({ cardId }))
      set((s) => {
        if (!s.data) return {}
        const { [cardId]: _card, ...custom } = s.data.review.custom
        const { [cardId]: _state, ...cards } = s.data.review.cards
        return { data: { ...s.data, review: { ...s.data.review, custom, cards } } }
      })
      return null
    } catch (error) {
      return messageOf(error)
    }
  },
})
