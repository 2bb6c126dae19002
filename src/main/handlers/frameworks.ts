import type { HandlerContext } from './context'
import type { DomainHandlers } from './types'
import { AppError } from '../../shared/result'
import { frameworkOf } from '../../shared/curriculum/access'
import type { Curriculum } from '../../shared/model'
import { TABLE_COLUMNS } from '../../shared/frameworks/prefs'
import type { FrameworksState } from '../../shared/model'
import { isKnownFramework } from '../curriculum/framework-edits'

/** Rejects ids that are not rows of the comparison table. */
function requireFramework(curriculum: Curriculum, id: string): void {
  if (!frameworkOf(curriculum, id)) throw new AppError('not-found', `There is no framework with the id "${id}".`)
}

/** A copy of the slice to answer with, so later in-place changes never leak into a sent answer. */
function snapshot(slice: FrameworksState): FrameworksState {
  return structuredClone(slice)
}

/** Framework preference handlers: weights, marks, compare picks and table options. */
export function frameworksHandlers(ctx: HandlerContext): DomainHandlers<'frameworks'> {
  async function change(apply: (slice: FrameworksState) => void): Promise<FrameworksState> {
    await ctx.store.update((state) => apply(state.frameworks))
    return snapshot(ctx.store.state.frameworks)
  }
  return {
    async setWeight({ criterion, weight }) {
      return change((slice) => {
        slice.weights[criterion] = weight
      })
    },
    async setMark({ frameworkId, mark }) {
      requireFramework(ctx.store.state.curriculum, frameworkId)
      return change((slice) => {
        if (mark === null) delete slice.marks[frameworkId]
        else slice.marks[frameworkId] = mark
      })
    },
    async setCompare({ ids }) {
      // A pick of a removed row may come back unchanged: it stays on record for a restore.
      for (const id of ids) if (!isKnownFramework(ctx.store.state, id)) requireFramework(ctx.store.state.curriculum, id)
      return change((slice) => {
        slice.compare = [...ids]
      })
    },
    async setTableOptions({ columns, sort }) {
      if (columns === undefined && sort === undefined)
        throw new AppError('invalid-payload', 'Nothing to change: give columns or a sort order.')
      return change((slice) => {
        // Keep the table's own column order whatever order the request lists them in.
        if (columns) slice.columns = TABLE_COLUMNS.filter((column) => columns.includes(column))
        if (sort) slice.sort = { ...sort }
      })
    },
  }
}
