import {
  createContext,
  useCallback,
  useContext,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
  type ReactNode,
  type Ref,
} from 'react'
import type { PaneLayout, PaneLayoutProps } from '../../state/pane-layout'
import { EXPANDED_SHARE, movedBy, withShare, type Laid } from './pane-sizes'

// Panes side by side (horizontal) or one above the other (vertical), sized by flex-grow from their
// share in percent, with a minimum in px that the browser keeps when the window is small. Nothing is
// measured until the learner moves a line: a library that measured every pane as it mounted forced a
// layout of the whole page into the first render (about 28 ms of start-up, see bench/README.md).

type Orientation = 'horizontal' | 'vertical'

interface GroupState {
  orientation: Orientation
  sizes: PaneLayout
  /** Sets the sizes; `chosen` marks a change the learner made, which is remembered. */
  resize: (next: PaneLayout, chosen: boolean) => void
  /** Folds a collapsible pane away, or opens it again at the share it had. */
  toggle: (pane: string) => void
}

const GroupContext = createContext<GroupState | null>(null)

function useGroup(): GroupState {
  const group = useContext(GroupContext)
  if (!group) throw new Error('A pane or a pane separator must be inside Panes.')
  return group
}

/** What code may do with a group: fold a collapsible pane away and open it again. */
export interface PanesHandle {
  toggle: (id: string) => void
}

/** A row (or column) of panes with separators between them; the sizes start from `layout` and are remembered through it. */
export function Panes({
  id,
  orientation = 'horizontal',
  className,
  layout,
  handle,
  onLayout,
  children,
}: {
  id: string
  orientation?: Orientation
  className?: string
  layout: Pick<PaneLayoutProps, 'defaultLayout' | 'remember'>
  handle?: Ref<PanesHandle>
  /** Told of every new layout (a drag is told at each step). */
  onLayout?: (layout: PaneLayout) => void
  children: ReactNode
}) {
  const [sizes, setSizes] = useState<PaneLayout>(layout.defaultLayout)
  // The share each folded pane had, so opening it again gives that back.
  const unfolded = useRef<PaneLayout>({})
  const { remember } = layout
  const resize = useCallback(
    (next: PaneLayout, chosen: boolean) => {
      setSizes(next)
      onLayout?.(next)
      if (chosen) remember(next)
    },
    [remember, onLayout],
  )
  const toggle = useCallback(
    (pane: string) => {
      const share = sizes[pane] ?? 0
      if (share > 0) unfolded.current[pane] = share
      resize(withShare(sizes, pane, share > 0 ? 0 : (unfolded.current[pane] ?? EXPANDED_SHARE)), true)
    },
    [sizes, resize],
  )
  useImperativeHandle(handle, () => ({ toggle }), [toggle])
  const state = useMemo(() => ({ orientation, sizes, resize, toggle }), [orientation, sizes, resize, toggle])
  return (
    <GroupContext.Provider value={state}>
      <div
        id={id}
        className={className}
        data-pane-group={orientation}
        style={{
          display: 'flex',
          flexDirection: orientation === 'horizontal' ? 'row' : 'column',
          width: '100%',
          height: '100%',
          overflow: 'hidden',
        }}
      >
        {children}
      </div>
    </GroupContext.Provider>
  )
}

/** One pane of a group: `minSize` is in px; a collapsible pane may also be folded to nothing. */
export function Pane({
  id,
  minSize = 0,
  collapsible = false,
  className,
  children,
}: {
  id: string
  minSize?: number
  collapsible?: boolean
  className?: string
  children: ReactNode
}) {
  const { orientation, sizes } = useGroup()
  const share = sizes[id] ?? 0
  const min = collapsible && share === 0 ? 0 : minSize
  return (
    <div
      id={id}
      className={className}
      data-pane={id}
      data-min={minSize}
      data-collapsible={collapsible ? '' : undefined}
      style={{
        flex: `${share} 1 0px`,
        overflow: 'hidden',
        [orientation === 'horizontal' ? 'minWidth' : 'minHeight']: `${min}px`,
      }}
    >
      {children}
    </div>
  )
}

function laidOut(separator: HTMLElement, orientation: Orientation): Laid | null {
  const elements = [...(separator.parentElement?.children ?? [])].filter(
    (element): element is HTMLElement => element instanceof HTMLElement && element.dataset.pane !== undefined,
  )
  const before = separator.previousElementSibling
  const at = elements.findIndex((element) => element === before)
  if (at < 0 || at + 1 >= elements.length) return null
  const panes = elements.map((element) => {
    const box = element.getBoundingClientRect()
    return {
      id: element.dataset.pane!,
      px: orientation === 'horizontal' ? box.width : box.height,
      min: Number(element.dataset.min ?? 0),
      collapsible: element.dataset.collapsible !== undefined,
    }
  })
  return { panes, at }
}

/**
 * The line between two panes: dragged, or focused and moved with the arrow keys (5% of the group a
 * press, Home and End for the limits, Enter folds a collapsible pane and opens it again). `controls`
 * is the id of the pane before it, the one its value reports; `label` names it for screen readers
 * and the tooltip.
 */
export function PaneSeparator({ label, controls }: { label: string; controls: string }) {
  const { orientation, sizes, resize, toggle } = useGroup()
  const self = useRef<HTMLDivElement>(null)
  const drag = useRef<{ start: number; laid: Laid; sizes: PaneLayout; last: PaneLayout } | null>(null)
  const [active, setActive] = useState(false)

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const laid = self.current && laidOut(self.current, orientation)
    if (!laid) return
    const before = laid.panes[laid.at]!
    const [back, forth] = orientation === 'horizontal' ? ['ArrowLeft', 'ArrowRight'] : ['ArrowUp', 'ArrowDown']
    const step = (5 / 100) * laid.panes.reduce((sum, pane) => sum + pane.px, 0)
    let delta: number | null = null
    if (event.key === back) delta = -step
    else if (event.key === forth) delta = step
    else if (event.key === 'Home') delta = before.min - before.px
    else if (event.key === 'End') delta = Number.MAX_SAFE_INTEGER
    else if (event.key === 'Enter' && before.collapsible) {
      event.preventDefault()
      return toggle(before.id)
    }
    if (delta === null) return
    event.preventDefault()
    resize(movedBy(laid, sizes, delta), true)
  }

  const onPointerDown = (event: PointerEvent<HTMLDivElement>): void => {
    const laid = event.button === 0 && self.current ? laidOut(self.current, orientation) : null
    if (!laid) return
    event.preventDefault()
    event.currentTarget.setPointerCapture(event.pointerId)
    drag.current = { start: orientation === 'horizontal' ? event.clientX : event.clientY, laid, sizes, last: sizes }
    setActive(true)
  }
  const onPointerMove = (event: PointerEvent<HTMLDivElement>): void => {
    const state = drag.current
    if (!state) return
    const moved = (orientation === 'horizontal' ? event.clientX : event.clientY) - state.start
    state.last = movedBy(state.laid, state.sizes, moved)
    resize(state.last, false)
  }
  const endDrag = (): void => {
    const state = drag.current
    if (!state) return
    drag.current = null
    setActive(false)
    resize(state.last, true)
  }

  const share = sizes[controls]
  return (
    <div
      ref={self}
      role="separator"
      tabIndex={0}
      aria-label={label}
      title={label}
      aria-orientation={orientation === 'horizontal' ? 'vertical' : 'horizontal'}
      aria-controls={controls}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={share === undefined ? undefined : Math.round(share)}
      className={orientation === 'vertical' ? 'pane-separator pane-separator-row' : 'pane-separator'}
      data-separator={active ? 'active' : 'inactive'}
      style={{ touchAction: 'none' }}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={endDrag}
      onPointerCancel={endDrag}
      onLostPointerCapture={endDrag}
    >
      <span className="pane-grip" aria-hidden="true" />
    </div>
  )
}
