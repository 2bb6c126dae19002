import { AsyncLocalStorage } from 'node:async_hooks'
import type { Origin } from '../../shared/changes/records'

const current = new AsyncLocalStorage<Origin>()

/** Runs `work` with `origin` as the origin of every store write it makes, however deep (the router sets the channel). */
export function withOrigin<T>(origin: Origin, work: () => T): T {
  return current.run(origin, work)
}

/** The origin of a write made now: the channel being answered, or main's own work. */
export function currentOrigin(): Origin {
  return current.getStore() ?? { kind: 'internal' }
}
