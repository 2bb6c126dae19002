import { reconcile } from '../store/reconcile'
import { randomUUID } from 'node:crypto'
import type { HandlerContext } from './context'
import type { DomainHandlers } from './types'
import { applyEdit } from '../curriculum/apply-edit'
import { recordProgress } from '../progress-log'
import { putInTrash } from './trash'

/** Curriculum handlers: each edit makes a new curriculum object and stores it (ids made here, never changed); a delete puts what it removed in the trash (trash.restore takes it back). */
export function curriculumHandlers(ctx: HandlerContext): DomainHandlers<'curriculum'> {
  return {
    async edit(edit) {
      const before = ctx.store.state.curriculum
      const { curriculum, removed } = applyEdit(before, edit, (prefix) => `${prefix}-${randomUUID()}`)
      await ctx.store.update((state) => {
        // Only the nodes the edit touched are written, so its records name them and nothing else.
        reconcile(state.curriculum, before, curriculum)
        if (removed) putInTrash(state, removed, ctx.clock.now())
        // Hiding, deleting or restoring a skill moves the category figures: today's snapshot follows.
        recordProgress(state, ctx.clock.now(), ctx.clock.timeZone())
      })
      return ctx.store.state.curriculum
    },
  }
}
