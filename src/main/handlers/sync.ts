import type { HandlerContext } from './context'
import type { DomainHandlers } from './types'
import { AppError } from '../../shared/result'
import { listDevices, readStatus } from '../sync/sync-files'

/** Sync through a folder: set up, join, pause, leave, and the choices a merge leaves to the learner. */
export function syncHandlers(ctx: HandlerContext): DomainHandlers<'sync'> {
  const sync = ctx.sync
  // The service's own errors are the learner's to read ("the folder is not there"), not crashes.
  const asked = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work()
    } catch (error) {
      if (error instanceof AppError) throw error
      throw new AppError('conflict', error instanceof Error ? error.message : String(error))
    }
  }
  return {
    status: () => Promise.resolve(sync.status()),
    async chooseFolder() {
      const folder = await ctx.services.showFolderDialog({
        title: 'Choose the folder to sync through',
        buttonLabel: 'Sync here',
      })
      if (!folder) return { cancelled: true as const }
      const devices = await listDevices(folder)
      const names = await Promise.all(devices.map(async (id) => (await readStatus(folder, id))?.name ?? 'A computer'))
      return { folder, hasLibrary: devices.length > 0, devices: names }
    },
    start: ({ folder, deviceName }) => asked(() => sync.start(folder, deviceName)),
    syncNow: () => asked(() => sync.syncNow()),
    setPaused: ({ paused }) => asked(() => sync.setPaused(paused)),
    leave: () => asked(() => sync.leave()),
    rename: ({ deviceName }) => asked(() => sync.rename(deviceName)),
    decideHeld: ({ apply }) => asked(() => sync.decideHeld(apply)),
    useOther: ({ conflictId }) => asked(() => sync.useOther(conflictId)),
  }
}
