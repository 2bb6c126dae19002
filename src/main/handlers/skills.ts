import type { HandlerContext } from './context'
import type { DomainHandlers } from './types'
import { AppError } from '../../shared/result'
import { skillProgressSchema } from '../../shared/schemas/skills'
import { skillById } from '../../shared/curriculum/skills'
import type { AppState, SkillProgress } from '../../shared/model'

/** The learner's record for a skill, created with defaults on first touch. */
export function progressOf(state: AppState, skillId: string): SkillProgress {
  state.skills[skillId] ??= skillProgressSchema.parse({})
  return state.skills[skillId]
}

/** Rejects ids that are not in the curriculum. */
export function requireSkill(skillId: string): void {
  if (!skillById(skillId)) throw new AppError('not-found', `There is no skill with the id "${skillId}".`)
}

/** Skill progress handlers. */
export function skillsHandlers(ctx: HandlerContext): DomainHandlers<'skills'> {
  return {
    async setStatus({ skillId, status }) {
      requireSkill(skillId)
      let progress!: SkillProgress
      await ctx.store.update((state) => {
        progress = progressOf(state, skillId)
        progress.status = status
        progress.updatedAt = new Date().toISOString()
      })
      return { skillId, progress }
    },
  }
}
