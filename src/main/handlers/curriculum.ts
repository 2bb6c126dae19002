import { reconcile } from '../store/reconcile'
import { randomUUID } from 'node:crypto'
import type { HandlerContext } from './context'
import type { DomainHandlers } from './types'
import type { Curriculum } from '../../shared/model'
import { applyEdit, restoreFromTrash } from '../curriculum/apply-edit'
import { recordProgress } from '../progress-log'

/** Curriculum handlers: each edit makes a new curriculum object and stores it (ids made here, never changed). */
export function curriculumHandlers(ctx: HandlerContext): DomainHandlers<'curriculum'> {
  const save = async (change: (curriculum: Curriculum) => Curriculum): Promise<Curriculum> => {
    const before = ctx.store.state.curriculum
    const next = change(before)
    await ctx.store.update((state) => {
      // Only the nodes the edit touched are written, so its records name them and nothing else.
      reconcile(state.curriculum, before, next)
      // Hiding, deleting or restoring a skill moves the category figures: today's snapshot follows.
      recordProgress(state, ctx.clock.now(), ctx.clock.timeZone())
    })
    return ctx.store.state.curriculum
  }
  return {
    async edit(edit) {
      return save((c) => applyEdit(c, edit, (prefix) => `${prefix}-${randomUUID()}`, ctx.clock.now().toISOString()))
    },
    async restore({ trashId }) {
      return save((c) => restoreFromTrash(c, trashId))
    },
  }
}
