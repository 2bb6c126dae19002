import { useEffect } from 'react'
import type { EventPayload } from '../../../shared/contract'
import { patchesOf } from '../../../shared/changes/records'
import { applyPatchesTo } from '../../../shared/changes/apply'
import { listen } from './call'
import { flushAll } from './flush'
import { useStore } from './store'
import { goTo } from '../commands/command-kit'

/** A click on a reminder or a tray item: the review session starts, or Today shows on the Dashboard. */
export function openPlace({ target }: EventPayload<'openPlace'>): void {
  if (target === 'review') goTo(useStore.getState(), 'review', 'review-begin')
  else goTo(useStore.getState(), 'dashboard', 'main')
}

/**
 * Takes a change main made into the held state, one way for every kind of item: the records of
 * what the state view holds are applied as they are (an untouched part keeps its object, so its
 * views do not render again), and a changed note makes the note lists ask again. A change this
 * window asked for is already shown from its answer.
 */
export function applyChange({ origin, records }: EventPayload<'changed'>): void {
  // Imports are confirmed by this window, whose answer holds the whole new state: applying their
  // records as well could add an array's new items twice when the answer comes first. The plan's
  // channels answer the worked-out plan, not the parts of the state they wrote (options, a date).
  const answered = origin.kind === 'channel' && origin.window && !origin.channel.startsWith('plan:')
  if (answered || origin.kind === 'import') return
  useStore.setState((s) => {
    const data = s.data
    if (!data) return {}
    const held = records.filter((record) => Object.hasOwn(data, String(record.at[0])))
    return held.length > 0 ? { data: applyPatchesTo(data, patchesOf(held)) } : {}
  })
  if (records.some((record) => record.kind === 'note')) useStore.getState().dropNoteLists()
}

/** Listens to main while the app is shown: notices for the learner, changes to the data (and to what the plan is made from), where sync stands, a reminder clicked, and the close request (answered once pending edits are saved). */
export function useMainEvents(): void {
  const addNotice = useStore((s) => s.addNotice)
  const flushed = useStore((s) => s.app.flushed)
  const setSyncStatus = useStore((s) => s.setSyncStatus)
  const planChanged = useStore((s) => s.planChanged)
  useEffect(() => {
    const stopChanges = listen('changed', applyChange)
    // The plan is worked out in main from the held parts; any change to them (this window's too) makes it stale.
    const stopPlan = listen('changed', planChanged)
    const stopNotices = listen('notice', addNotice)
    const stopFlush = listen('flushRequest', () => void flushAll().finally(() => void flushed()))
    const stopSync = listen('syncStatus', setSyncStatus)
    const stopOpen = listen('openPlace', openPlace)
    return () => {
      stopOpen()
      stopChanges()
      stopPlan()
      stopNotices()
      stopFlush()
      stopSync()
    }
  }, [addNotice, flushed, setSyncStatus, planChanged])
}
