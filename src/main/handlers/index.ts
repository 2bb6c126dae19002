import type { HandlerContext } from './context'
import type { Handlers } from './types'
import { appHandlers } from './app'
import { skillsHandlers } from './skills'
import { frameworksHandlers } from './frameworks'
import { levelsHandlers } from './levels'
import { reportsHandlers } from './reports'
import { backupHandlers } from './backup'

/** Every domain's handlers in one map, keyed like the contract. */
export function createHandlers(ctx: HandlerContext): Handlers {
  return {
    app: appHandlers(ctx),
    skills: skillsHandlers(ctx),
    frameworks: frameworksHandlers(ctx),
    levels: levelsHandlers(ctx),
    reports: reportsHandlers(ctx),
    backup: backupHandlers(ctx),
  }
}
