import { useEffect } from 'react'
import type { TrashSummary } from '../../../shared/model'
import { useStore } from './store'

const NOTHING: readonly TrashSummary[] = []

/** The one trash, newest first: fetched when a component showing it mounts, then kept fresh by every delete and restore. */
export function useTrashListing(): readonly TrashSummary[] {
  const listing = useStore((s) => s.trashListing)
  useEffect(() => void useStore.getState().trash.list(), [])
  return listing ?? NOTHING
}
