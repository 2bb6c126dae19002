import type { PaneLayout } from '../../../../shared/settings/workspace'

// The arithmetic of resizable panes, apart from the page and the store: shares in percent, sizes in px.

/** The share a collapsed pane gets back when nothing was remembered for it. */
export const EXPANDED_SHARE = 20

/** The group's panes as the page lays them out now, and where a separator sits among them. */
export interface Laid {
  panes: Array<{ id: string; px: number; min: number; collapsible: boolean }>
  /** The index of the pane just before the separator. */
  at: number
}

/** `layout` with `pane` at `share`, the difference given to (or taken from) the largest other pane. */
export function withShare(layout: PaneLayout, pane: string, share: number): PaneLayout {
  const others = Object.keys(layout).filter((id) => id !== pane)
  const largest = others.reduce<string | undefined>(
    (best, id) => (best === undefined || (layout[id] ?? 0) > (layout[best] ?? 0) ? id : best),
    undefined,
  )
  if (largest === undefined) return layout
  const delta = share - (layout[pane] ?? 0)
  return { ...layout, [pane]: share, [largest]: Math.max(0, (layout[largest] ?? 0) - delta) }
}

/**
 * The shares after moving the line by `delta` px: growing the pane before it takes room from the
 * panes after it, nearest first, down to their minimums (and shrinking it, from the panes before
 * it); the pane before the line folds away when it is collapsible and pulled below half its minimum.
 */
export function movedBy(laid: Laid, base: PaneLayout, delta: number): PaneLayout {
  const px = laid.panes.map((pane) => pane.px)
  const total = px.reduce((sum, value) => sum + value, 0)
  if (total <= 0) return base
  const before = laid.panes[laid.at]!
  const take = (order: number[], wanted: number): number => {
    let taken = 0
    for (const i of order) {
      const room = Math.max(0, px[i]! - laid.panes[i]!.min)
      const part = Math.min(room, wanted - taken)
      px[i] = px[i]! - part
      taken += part
    }
    return taken
  }
  const after = laid.panes.map((_, i) => i).filter((i) => i > laid.at)
  const upTo = laid.panes
    .map((_, i) => i)
    .filter((i) => i <= laid.at)
    .reverse()
  // A folded pane opens at no less than its minimum.
  if (before.px === 0 && delta > 0) delta = Math.max(delta, before.min)
  if (before.collapsible && delta < 0 && before.px + delta < before.min / 2) {
    px[laid.at + 1] = px[laid.at + 1]! + px[laid.at]!
    px[laid.at] = 0
  } else if (delta > 0) px[laid.at] = px[laid.at]! + take(after, delta)
  else if (delta < 0) px[laid.at + 1] = px[laid.at + 1]! + take(upTo, -delta)
  const shares = laid.panes.reduce((sum, pane) => sum + (base[pane.id] ?? 0), 0) || 100
  return { ...base, ...Object.fromEntries(laid.panes.map((pane, i) => [pane.id, (shares * px[i]!) / total])) }
}
