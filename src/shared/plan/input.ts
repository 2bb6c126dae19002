import type { AppState } from '../model'
import { addDays, dayOf } from '../calendar/days'
import { levelOf, visibleSkills } from '../curriculum/access'
import { minutesPerDay } from '../study/streak'
import { defaultEffort, ownEffort, subtopicKey } from './effort'
import { forecastReviews } from './review-load'
import { MAX_PLAN_DAYS, type PlanInput, type WorkItem } from './planner'
import type { PlanChoice } from './schema'

/** The parts of the state the open work is read from; each is replaced (never changed) on a write. */
type WorkSource = Pick<AppState, 'curriculum' | 'skills'> & { efforts: object; later: object }
const workCache = new WeakMap<AppState['curriculum'], { source: WorkSource; work: WorkItem[] }>()

/**
 * Every sub-topic not ticked of the skills that count and are not done or skipped, in curriculum
 * order. Kept while the curriculum, progress, efforts and later choices stay the same objects, so a
 * change of hours or date re-plans without reading 3,000 sub-topics again.
 */
export function openWork(state: AppState): readonly WorkItem[] {
  const source = {
    curriculum: state.curriculum,
    skills: state.skills,
    efforts: state.plan.efforts,
    later: state.plan.later,
  }
  const cached = workCache.get(state.curriculum)
  if (
    cached?.source.skills === source.skills &&
    cached.source.efforts === source.efforts &&
    cached.source.later === source.later
  )
    return cached.work
  const work: WorkItem[] = []
  for (const skill of visibleSkills(state.curriculum)) {
    const progress = state.skills[skill.id]
    if (progress?.status === 'done' || progress?.status === 'skipped') continue
    const fallback = defaultEffort(skill)
    for (const subtopic of skill.subtopics) {
      if (progress?.subtopics[subtopic.id] === true) continue
      work.push({
        key: subtopicKey(skill.id, subtopic.id),
        skillId: skill.id,
        subtopicId: subtopic.id,
        skillTitle: skill.title,
        subtopicTitle: subtopic.title,
        effort: ownEffort(state.plan, skill.id, subtopic.id) ?? fallback,
        defaultEffort: fallback,
        later: state.plan.later[skill.id]?.[subtopic.id] === true,
      })
    }
  }
  workCache.set(state.curriculum, { source, work })
  return work
}

/** The planner's input from the state, "now" and the learner's zone. */
export function planInputOf(
  state: AppState,
  now: Date,
  timeZone: string,
  preview: PlanChoice | null = null,
): PlanInput {
  const today = dayOf(now, timeZone)
  const level = state.levels.currentLevel
  const forecast = forecastReviews(state.review, state.curriculum, now, timeZone, addDays(today, MAX_PLAN_DAYS + 1))
  return {
    today,
    level,
    levelTitle: levelOf(state.curriculum, level).title,
    targetDate: state.levels[level].targetDate,
    options: state.plan,
    work: openWork(state),
    reviewCards: forecast.byDay,
    cardsDue: forecast.dueNow,
    studiedToday: minutesPerDay(state.study.sessions, timeZone, now).get(today) ?? 0,
    preview,
  }
}
