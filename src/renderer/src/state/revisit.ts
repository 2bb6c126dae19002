import { useMemo } from 'react'
import { skillsNeedingRevisit } from '../../../shared/review/cards-of'
import { useStore } from './store'

const NONE = new Map<string, string[]>()

/** Skills whose review cards lapsed, mapped to those cards (recomputed when review data changes). */
export function useNeedsRevisit(): Map<string, string[]> {
  const review = useStore((s) => s.data?.review)
  return useMemo(() => (review ? skillsNeedingRevisit(review) : NONE), [review])
}
