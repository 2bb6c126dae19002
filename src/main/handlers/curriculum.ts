import { randomUUID } from 'node:crypto'
import type { HandlerContext } from './context'
import type { DomainHandlers } from './types'
import type { Curriculum } from '../../shared/model'
import { curriculumChanged } from '../../shared/curriculum/access'
import { applyEdit, restoreFromTrash } from '../curriculum/apply-edit'
import { recordProgress } from '../progress-log'

/** Curriculum handlers: each edit changes only the nodes it touches, inside the store's update (ids made here, never changed). */
export function curriculumHandlers(ctx: HandlerContext): DomainHandlers<'curriculum'> {
  const save = async (change: (curriculum: Curriculum) => void): Promise<Curriculum> => {
    await ctx.store.update((state) => {
      change(state.curriculum)
      curriculumChanged(state.curriculum)
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
