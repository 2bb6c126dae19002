import type { HandlerContext } from './context'
import type { DomainHandlers } from './types'

/** Full-text search over skills, sub-topics and notes. */
export function searchHandlers(ctx: HandlerContext): DomainHandlers<'search'> {
  return {
    async query({ text, limit, titlesOnly }) {
      return ctx.searchIndex.query(text, limit, { titlesOnly })
    },
  }
}
