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

/** Sync's state in a few words, as the navigation and the Data view's heading line say it. */
export function syncStateWords(status: SyncStatus, now: Date): string {
  switch (status.state) {
    case 'off':
      return 'Off'
    case 'syncing':
      return 'Syncing…'
    case 'paused':
      return 'Paused'
    case 'held':
      return 'Waiting for your choice'
    case 'error':
      return 'Needs attention'
    case 'idle':
      return status.lastSyncAt ? `Up to date, last ${timeAgo(status.lastSyncAt, now)}` : 'Up to date'
  }
}
