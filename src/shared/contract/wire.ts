// The contract's names without its schemas. The preload needs only these: importing the contract
// itself would put zod and every schema in the preload, which runs before each page start
// (27 ms to evaluate on a 2-core machine; this list takes under 1 ms).
import type { Contract, Domain, EventName } from '../contract'

/** Every channel's method name, by domain. The compiler checks it against the contract both ways. */
export const CHANNEL_METHODS = {
  app: ['getState', 'flushed', 'showInFolder', 'openExternal'],
  skills: ['setStatus', 'setConfidence', 'setSubtopic'],
  frameworks: ['setWeight', 'setMark', 'setCompare', 'setTableOptions'],
  levels: ['setTargetDate', 'setGoalDone', 'addGoal', 'updateGoal', 'moveGoal', 'deleteGoal', 'setCurrentLevel'],
  reports: ['build', 'export'],
  backup: ['exportJson', 'chooseImport', 'list', 'previewRestore', 'confirm', 'cancel'],
  review: ['rate', 'addCard', 'removeCard'],
  study: ['start', 'stop', 'log', 'remove', 'setMinimum'],
  evidence: ['add', 'remove'],
  settings: ['setTheme'],
  notes: ['list', 'create', 'get', 'save', 'delete'],
  search: ['query'],
} as const satisfies { [D in Domain]: ReadonlyArray<keyof Contract[D]> }

/** Every main-to-renderer event name. */
export const EVENT_NAMES = ['notice', 'flushRequest'] as const satisfies readonly EventName[]

/** A channel or event the contract has and the lists above miss; must stay `never`. */
type Unlisted =
  | { [D in Domain]: Exclude<keyof Contract[D], (typeof CHANNEL_METHODS)[D][number]> }[Domain]
  | Exclude<EventName, (typeof EVENT_NAMES)[number]>
/** Fails to compile when a channel or event is added to the contract but not listed here. */
export const EVERY_NAME_LISTED: [Unlisted] extends [never] ? true : Unlisted = true

/** The wire name of a channel. */
export function channelName(domain: string, method: string): string {
  return `${domain}:${method}`
}

/** Every channel as [domain, method, wire name], for registering and exposing in one loop. */
export function listChannels(): Array<[Domain, string, string]> {
  return (Object.keys(CHANNEL_METHODS) as Domain[]).flatMap((domain) =>
    CHANNEL_METHODS[domain].map((method): [Domain, string, string] => [domain, method, channelName(domain, method)]),
  )
}

/** Wire name of an event. */
export function eventChannel(event: EventName): string {
  return `event:${event}`
}
