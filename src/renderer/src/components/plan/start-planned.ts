import type { PlanItem } from '../../../../shared/plan/schema'
import type { Store } from '../../state/store'

/**
 * Starts work on a planned sub-topic: the study timer runs on its skill (a timer on another skill
 * stops, as the timer always does) and the sub-topic opens in Skills. A timer that cannot start
 * says why in the banner, and the sub-topic opens all the same.
 */
export async function startPlanned(store: () => Store, item: Pick<PlanItem, 'skillId' | 'subtopicId'>): Promise<void> {
  const running = store().data?.study.sessions.find((session) => session.end === null)
  if (running?.skillId !== item.skillId) {
    const outcome = await store().study.start(item.skillId)
    if (!outcome.ok) store().setActionError(outcome.message)
  }
  store().showItem({ kind: 'subtopic', id: item.subtopicId, skillId: item.skillId })
}
