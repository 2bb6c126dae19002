import type { HandlerContext } from './context'
import type { DomainHandlers } from './types'
import { AppError } from '../../shared/result'
import { skillProgressSchema } from '../../shared/schemas/skills'
import type { Skill } from '../../shared/curriculum/skills'
import { skillOf } from '../../shared/curriculum/access'
import type { AppState, SkillProgress } from '../../shared/model'
import { recordProgress } from '../progress-log'

/** The learner's record for a skill, created with defaults on first touch. */
function progressOf(state: AppState, skillId: string): SkillProgress {
  state.skills[skillId] ??= skillProgressSchema.parse({})
  return state.skills[skillId]
}

/** Rejects ids that are not in the learner's curriculum (hidden skills are in it, trashed ones not); returns the skill. */
export function requireSkill(state: Pick<AppState, 'curriculum'>, skillId: string): Skill {
  const skill = skillOf(state.curriculum, skillId)
  if (!skill) throw new AppError('not-found', `There is no skill with the id "${skillId}".`)
  return skill
}

/** Skill progress handlers. */
export function skillsHandlers(ctx: HandlerContext): DomainHandlers<'skills'> {
  /**
   * Applies `change` to the skill's record durably and answers the stored record; a change that
   * can move completion also writes today's progress snapshot in the same update.
   */
  async function change(skillId: string, apply: (progress: SkillProgress) => void, movesProgress: boolean) {
    await ctx.store.update((state) => {
      const now = ctx.clock.now()
      const progress = progressOf(state, skillId)
      apply(progress)
      progress.updatedAt = now.toISOString()
      if (movesProgress) recordProgress(state, now, ctx.clock.timeZone())
    })
    return { skillId, progress: ctx.store.state.skills[skillId] as SkillProgress }
  }

  return {
    async setStatus({ skillId, status }) {
      requireSkill(ctx.store.state, skillId)
      return change(skillId, (progress) => void (progress.status = status), true)
    },
    async setConfidence({ skillId, confidence }) {
      requireSkill(ctx.store.state, skillId)
      return change(skillId, (progress) => void (progress.confidence = confidence), false)
    },
    async setSubtopic({ skillId, subtopicId, done }) {
      const skill = requireSkill(ctx.store.state, skillId)
      if (!skill.subtopics.some((sub) => sub.id === subtopicId)) {
        throw new AppError('not-found', `"${skill.title}" has no sub-topic with the id "${subtopicId}".`)
      }
      return change(
        skillId,
        (progress) => {
          if (done) progress.subtopics[subtopicId] = true
          else delete progress.subtopics[subtopicId]
          // Ticking the first sub-topic means the learner has started.
          if (done && progress.status === 'not-started') progress.status = 'learning'
        },
        true,
      )
    },
  }
}
