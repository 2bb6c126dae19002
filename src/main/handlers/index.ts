import type { HandlerContext } from './context'
import type { Handlers } from './types'
import { appHandlers } from './app'
import { skillsHandlers } from './skills'
import { reviewHandlers } from './review'
import { studyHandlers } from './study'
import { evidenceHandlers } from './evidence'
import { settingsHandlers } from './settings'

/** Every domain's handlers in one map, keyed like the contract. */
export function createHandlers(ctx: HandlerContext): Handlers {
  return {
    app: appHandlers(ctx),
    skills: skillsHandlers(ctx),
    review: reviewHandlers(ctx),
    study: studyHandlers(ctx),
    evidence: evidenceHandlers(ctx),
    settings: settingsHandlers(ctx),
  }
}
