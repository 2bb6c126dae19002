import type { HandlerContext } from './context'
import type { Handlers } from './types'
import { appHandlers } from './app'
import { skillsHandlers } from './skills'
import { notesHandlers } from './notes'
import { searchHandlers } from './search'

/** Every domain's handlers in one map, keyed like the contract. */
export function createHandlers(ctx: HandlerContext): Handlers {
  return {
    app: appHandlers(ctx),
    skills: skillsHandlers(ctx),
    notes: notesHandlers(ctx),
    search: searchHandlers(ctx),
  }
}
