import type { HandlerContext } from './context'
import type { Handlers } from './types'
import { appHandlers } from './app'
import { skillsHandlers } from './skills'
import { reportsHandlers } from './reports'
import { backupHandlers } from './backup'

/** Every domain's handlers in one map, keyed like the contract. */
export function createHandlers(ctx: HandlerContext): Handlers {
  return {
    app: appHandlers(ctx),
    skills: skillsHandlers(ctx),
    reports: reportsHandlers(ctx),
    backup: backupHandlers(ctx),
  }
}
