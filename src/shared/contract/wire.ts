// The contract's names without its schemas. The preload needs only these: importing the contract
// itself would put zod and every schema in the preload, which runs before each page start
// (27 ms to evaluate on a 2-core machine; this list takes under 1 ms).
import type { Contract, Domain, EventName } from '../contract'

/** Every channel's method name, by domain. The compiler checks it against the contract both ways. */
export const CHANNEL_METHODS = {
  app: ['getState', 'flushed', 'showInFolder', 'openExternal', 'reportError'],
  skills: ['setStatus', 'setConfidence', 'setSubtopic'],
  frameworks: ['setWeight', 'setMark', 'setCompare', 'setTableOptions'],
  levels: ['setTargetDate', 'setGoalDone', 'addGoal', 'updateGoal', 'moveGoal', 'deleteGoal', 'setCurrentLevel'],
  reports: ['build', 'export'],
  backup: ['exportJson', 'chooseImport', 'list', 'previewRestore', 'location'],
  review: ['rate', 'addCard', 'removeCard', 'exportAnki'],
  study: ['start', 'stop', 'log', 'remove', 'setMinimum'],
  evidence: ['add', 'remove'],
  settings: ['setTheme', 'setWorkspace', 'setWelcomeDone'],
  notes: ['list', 'create', 'get', 'save', 'delete', 'history', 'restoreVersion', 'linkTargets', 'backlinks'],
  search: ['query'],
  curriculum: ['edit'],
  trash: ['restore', 'list'],
  packs: ['chooseImport', 'previewShipped', 'shipped', 'exportFile'],
  markdown: ['exportFolder', 'chooseImport'],
  imports: ['confirm', 'cancel'],
  sync: ['status', 'chooseFolder', 'start', 'syncNow', 'setPaused', 'leave', 'rename', 'decideHeld', 'useOther'],
  attachments: ['add', 'choose', 'read'],
  reminders: ['get', 'set', 'snooze'],
  diagrams: ['render'],
  plan: ['get', 'setOptions', 'setEffort', 'setLater', 'previewChoice', 'applyChoice', 'restore', 'exportIcs'],
} as const satisfies { [D in Domain]: ReadonlyArray<keyof Contract[D]> }

/** Every main-to-renderer event name. */
export const EVENT_NAMES = [
  'notice',
  'flushRequest',
  'changed',
  'syncStatus',
  'openPlace',
] as const satisfies readonly EventName[]

// Channels and events are checked apart: a union of the two (both `never` when all is well)
// reads to the linter as a duplicated, redundant type.
/** A channel the contract has and CHANNEL_METHODS misses; must stay `never`. */
type UnlistedChannel = { [D in Domain]: Exclude<keyof Contract[D], (typeof CHANNEL_METHODS)[D][number]> }[Domain]
/** An event the contract has and EVENT_NAMES misses; must stay `never`. */
type UnlistedEvent = Exclude<EventName, (typeof EVENT_NAMES)[number]>
/** Fails to compile when a channel is added to the contract but not listed here. */
export const EVERY_CHANNEL_LISTED: [UnlistedChannel] extends [never] ? true : UnlistedChannel = true
/** Fails to compile when an event is added to the contract but not listed here. */
export const EVERY_EVENT_LISTED: [UnlistedEvent] extends [never] ? true : UnlistedEvent = true

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
