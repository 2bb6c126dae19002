import type { HandlerContext } from './context'
import type { DomainHandlers } from './types'
import { searchIndexFor } from '../search-service'

/** Full-text search over skills, sub-topics and notes. */
export function searchHandlers(ctx: HandlerContext): DomainHandlers<'search'> {
  return {
    async query({ text, limit }) {
      return searchIndexFor(ctx.store).query(text, limit)
    },
  }
}
