import type { HandlerContext } from './context'
import type { DomainHandlers } from './types'

/** Reminder, tray and login handlers: this computer's own choices, kept in the device part of the state. */
export function remindersHandlers(ctx: HandlerContext): DomainHandlers<'reminders'> {
  return {
    get() {
      return Promise.resolve(structuredClone(ctx.store.state.device.reminders))
    },
    async set({ kinds, quiet, ...flags }) {
      await ctx.store.update((state) => {
        const reminders = state.device.reminders
        for (const [key, value] of Object.entries(flags))
          if (value !== undefined) Object.assign(reminders, { [key]: value })
        if (kinds) Object.assign(reminders.kinds, kinds)
        if (quiet) Object.assign(reminders.quiet, quiet)
      })
      // The saved choice counts even if the OS refuses; the learner sees it on and can try again.
      if (flags.openAtLogin !== undefined) {
        try {
          ctx.services.setOpenAtLogin(flags.openAtLogin)
        } catch (error) {
          ctx.log('open at login not set', error)
        }
      }
      return structuredClone(ctx.store.state.device)
    },
    async snooze({ minutes }) {
      const until = minutes === 0 ? null : new Date(ctx.clock.now().getTime() + minutes * 60_000).toISOString()
      await ctx.store.update((state) => void (state.device.reminders.snoozeUntil = until))
      return structuredClone(ctx.store.state.device)
    },
  }
}
