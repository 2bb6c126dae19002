import { reconcile } from '../store/reconcile'
import type { HandlerContext } from '../handlers/context'
import type { AppState } from '../../shared/model'
import { AppError } from '../../shared/result'
import { curriculumSchema } from '../../shared/schemas/curriculum'
import { skillProgressSchema } from '../../shared/schemas/skills'
import type { Incoming } from '../../shared/packs/incoming'
import type { ImportSummary } from '../../shared/packs/import-summary'
import { planPackImport } from '../../shared/packs/plan-import'
import type { NewId } from '../../shared/curriculum/new-id'
import { recordProgress } from '../progress-log'

/** What importing would do to the state as it is now (ids of new items are placeholders: only the counts and names are shown). */
export function previewPackImport(state: AppState, incoming: Incoming): ImportSummary {
  let n = 0
  return planPackImport(state.curriculum, state.skills, incoming, (prefix) => `${prefix}-preview-${++n}`, state.trash)
    .summary
}

/**
 * Imports into the curriculum as it is at confirmation (it may have changed since the preview), in
 * one store write: the merged curriculum, checked against the schema once more, the sub-topics the
 * outline ticks, and today's progress snapshot.
 */
export async function applyPackImport(ctx: HandlerContext, incoming: Incoming, newId: NewId): Promise<ImportSummary> {
  const plan = planPackImport(
    ctx.store.state.curriculum,
    ctx.store.state.skills,
    incoming,
    newId,
    ctx.store.state.trash,
  )
  const checked = curriculumSchema.safeParse(plan.curriculum)
  if (!checked.success) {
    const issue = checked.error.issues[0]
    throw new AppError(
      'invalid-payload',
      `This import would leave the curriculum invalid (${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'unknown'}). Nothing was changed.`,
    )
  }
  const before = ctx.store.state.curriculum
  await ctx.store.update(
    (state) => {
      const now = ctx.clock.now()
      reconcile(state.curriculum, before, checked.data)
      for (const { skillId, subtopicId } of plan.ticks) {
        const progress = (state.skills[skillId] ??= skillProgressSchema.parse({}))
        progress.subtopics[subtopicId] = true
        if (progress.status === 'not-started') progress.status = 'learning'
        progress.updatedAt = now.toISOString()
      }
      recordProgress(state, now, ctx.clock.timeZone())
    },
    { kind: 'import', what: 'pack' },
  )
  return plan.summary
}
