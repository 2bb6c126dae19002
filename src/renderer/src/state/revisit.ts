import { useMemo } from 'react'
import { skillsNeedingRevisit } from '../../../shared/review/cards-of'
import { useStore } from './store'
import { useCurriculum } from './curriculum'

const NONE = new Map<string, string[]>()

/** Skills whose review cards lapsed, mapped to those cards (recomputed when review data or the curriculum changes; hidden skills have none). */
export function useNeedsRevisit(): Map<string, string[]> {
  const review = useStore((s) => s.data?.review)
  const curriculum = useCurriculum()
  return useMemo(() => (review ? skillsNeedingRevisit(review, curriculum) : NONE), [review, curriculum])
}
