import { useMemo } from 'react'
import { computeStreak, minutesPerDay, type Streak } from '../../../../shared/study/streak'
import { minutesPerWeek, weekTotal } from '../../../../shared/study/weekly'
import { buildQueue } from '../../../../shared/review/queue'
import { useStore } from '../../state/store'
import { useToday } from '../../use-clock'
import { useCurriculum } from '../../state/curriculum'

/** The study loop at a glance: the streak, minutes this week and last, and today's review. */
export interface StudyLoop {
  streak: Streak
  /** Minutes a day needs to count toward the streak. */
  minimum: number
  /** Was any time ever logged? */
  anyTime: boolean
  thisWeek: number
  lastWeek: number
  /** Cards due now, new cards today's allowance lets in, and the session they make. */
  review: { due: number; fresh: number; cards: number }
}

/** The figures the Study log and Review compute, in the learner's zone, for the Dashboard. */
export function useStudyLoop(): StudyLoop | null {
  const study = useStore((s) => s.data?.study)
  const review = useStore((s) => s.data?.review)
  const { now, zone, today } = useToday()
  const curriculum = useCurriculum()
  return useMemo(() => {
    if (!study || !review) return null
    const days = minutesPerDay(study.sessions, zone, now)
    const [lastWeek, thisWeek] = minutesPerWeek(curriculum, study.sessions, zone, now, 2).rows
    const queue = buildQueue(review, curriculum, now, zone)
    return {
      streak: computeStreak(days, study.minMinutesPerDay, today),
      minimum: study.minMinutesPerDay,
      anyTime: study.sessions.length > 0,
      thisWeek: weekTotal(thisWeek),
      lastWeek: weekTotal(lastWeek),
      review: { due: queue.due, fresh: queue.fresh, cards: queue.cards.length },
    }
  }, [study, review, zone, now, today, curriculum])
}
