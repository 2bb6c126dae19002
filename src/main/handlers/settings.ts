import type { HandlerContext } from './context'
import type { DomainHandlers } from './types'
import { AppError } from '../../shared/result'

/** App preference handlers. */
export function settingsHandlers(ctx: HandlerContext): DomainHandlers<'settings'> {
  return {
    async setTheme({ theme }) {
      await ctx.store.update((state) => void (state.settings.theme = theme))
      // The saved choice counts even if the window's copy cannot be written; the next change or start retries.
      await ctx.services
        .setThemeSource(theme)
        .catch((error: unknown) => ctx.log('theme not applied to the window', error))
      return structuredClone(ctx.store.state.settings)
    },
    async setWelcomeDone() {
      await ctx.store.update((state) => void (state.device.welcomeDone = true))
      return structuredClone(ctx.store.state.device)
    },
    async setWorkspace({ pane, noteMode, noteSort, navCollapsed, view }) {
      if (!pane && !noteMode && !noteSort && navCollapsed === undefined && !view)
        throw new AppError(
          'invalid-payload',
          'Nothing to change: give pane sizes, a note mode, a note order, the navigation’s width or a view.',
        )
      await ctx.store.update((state) => {
        const workspace = state.device.workspace
        if (pane) workspace.panes[pane.group] = { ...pane.layout }
        if (noteMode) workspace.noteMode = noteMode
        if (noteSort) workspace.noteSort = noteSort
        if (navCollapsed !== undefined) workspace.navCollapsed = navCollapsed
        if (view) workspace.view = view
      })
      return structuredClone(ctx.store.state.device)
    },
  }
}
