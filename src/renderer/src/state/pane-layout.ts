import { useCallback, useState } from 'react'
import { useStore } from './store'
import type { PaneGroup } from './settings-slice'
import type { PaneLayout } from '../../../shared/settings/workspace'

export type { PaneLayout }

/** What a resizable group needs to start at the remembered sizes and remember new ones. */
export interface PaneLayoutProps {
  /** The sizes the learner left, or `fallback` when the group was never resized (read once, on mount). */
  defaultLayout: PaneLayout
  /** Stores sizes the learner chose: by pointer, by keyboard, or a pane folded with its toggle. */
  remember: (layout: PaneLayout) => void
}

/** A remembered layout fits the group when it names exactly the group's panels. */
function fits(layout: PaneLayout | undefined, fallback: PaneLayout): layout is PaneLayout {
  if (!layout) return false
  const ids = Object.keys(fallback)
  return Object.keys(layout).length === ids.length && ids.every((id) => typeof layout[id] === 'number')
}

/** Remembered sizes of one pane group, kept in the data file through settings.setWorkspace. */
export function usePaneLayout(group: PaneGroup, fallback: PaneLayout): PaneLayoutProps {
  const saved = useStore((s) => s.data?.device.workspace.panes[group])
  const setWorkspace = useStore((s) => s.settings.setWorkspace)
  // Read once: the group owns its sizes after mounting, and the store only follows them.
  const [defaultLayout] = useState(() => (fits(saved, fallback) ? saved : fallback))
  const remember = useCallback(
    (layout: PaneLayout) => void setWorkspace({ pane: { group, layout: rounded(layout) } }),
    [group, setWorkspace],
  )
  return { defaultLayout, remember }
}

/** Sizes to two decimals: the file keeps what the eye can tell apart. */
function rounded(layout: PaneLayout): PaneLayout {
  return Object.fromEntries(
    Object.entries(layout).map(([id, size]) => [id, Math.round(Math.min(100, Math.max(0, size)) * 100) / 100]),
  )
}
