import type { SyncStatus } from '../../../../shared/contract/sync'

// Small on purpose: the navigation's indicator (loaded with the first screen) says sync's state with these.

/** "1 note", "3 notes". */
export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`

/** How long ago `at` was, in words: "just now", "2 min ago", "3 h ago", "4 days ago". */
export function timeAgo(at: string, now: Date): string {
  const minutes = Math.floor((now.getTime() - new Date(at).getTime()) / 60_000)
  // A clock behind another's can put `at` a little in the future: that is "just now" too.
  if (minutes < 1) return 'just now'
  if (minutes < 60) return `${minutes} min ago`
  const hours = Math.floor(minutes / 60)
  if (hours < 24) return `${hours} h ago`
  return `${plural(Math.floor(hours / 24), 'day')} ago`
}

/** Sync's state in a word or two, beside the Data view's Sync heading (the time of the last sync is on its own line). */
export function syncStateWords(state: SyncStatus['state']): string {
  return STATE_WORDS[state]
}

const STATE_WORDS: Record<SyncStatus['state'], string> = {
  off: 'Off',
  idle: 'Up to date',
  syncing: 'Syncing…',
  paused: 'Paused',
  held: 'Waiting for your choice',
  error: 'Needs attention',
}

/**
 * The navigation's indicator: a label short enough for the navigation, and a name for screen
 * readers and the tooltip that starts with it and adds the rest ("Sync: up to date, last synced 2 min ago").
 */
export function syncIndicatorWords(status: SyncStatus, now: Date): { label: string; name: string } {
  switch (status.state) {
    case 'idle': {
      const when = status.lastSyncAt ? `, last synced ${timeAgo(status.lastSyncAt, now)}` : ''
      return { label: 'Up to date', name: `Sync: up to date${when}` }
    }
    case 'syncing':
      return { label: 'Syncing…', name: 'Syncing…' }
    case 'paused':
      return { label: 'Sync paused', name: 'Sync paused' }
    case 'held':
      return { label: 'Sync waiting', name: 'Sync waiting for your choice' }
    default:
      return { label: 'Sync problem', name: 'Sync problem: it needs your attention' }
  }
}
