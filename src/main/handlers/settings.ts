import type { HandlerContext } from './context'
import type { DomainHandlers } from './types'

/** App preference handlers. */
export function settingsHandlers(ctx: HandlerContext): DomainHandlers<'settings'> {
  return {
    async setTheme({ theme }) {
      await ctx.store.update((state) => void (state.settings.theme = theme))
      return { ...ctx.store.state.settings }
    },
  }
}
