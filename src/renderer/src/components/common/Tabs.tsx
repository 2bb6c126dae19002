import { useId, useRef, type ReactNode } from 'react'
import './menu.css'

/** One tab: its label and what its panel shows. */
export interface TabSpec {
  id: string
  label: string
  panel: ReactNode
}

/**
 * Tabs in the ARIA pattern: one tab in the Tab order, Left/Right (and Home/End) move between tabs
 * and select them; the selected panel follows the tab list. The caller keeps which one is selected.
 */
export function Tabs({
  label,
  tabs,
  selected,
  onSelect,
}: {
  label: string
  tabs: TabSpec[]
  selected: string
  onSelect: (id: string) => void
}) {
  const prefix = useId()
  const list = useRef<HTMLDivElement>(null)
  const move = (event: React.KeyboardEvent, index: number): void => {
    const to = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 }[event.key]
    if (to === undefined) return
    event.preventDefault()
    const next = tabs[(to + tabs.length) % tabs.length]!
    onSelect(next.id)
    list.current?.querySelector<HTMLElement>(`#${CSS.escape(`${prefix}-tab-${next.id}`)}`)?.focus()
  }
  const current = tabs.find((tab) => tab.id === selected) ?? tabs[0]!
  return (
    <div className="tabs">
      <div ref={list} role="tablist" aria-label={label} className="tab-list">
        {tabs.map((tab, index) => (
          <button
            key={tab.id}
            id={`${prefix}-tab-${tab.id}`}
            type="button"
            role="tab"
            aria-selected={tab.id === current.id}
            // Only the shown panel is in the page, so only its tab points at it.
            aria-controls={tab.id === current.id ? `${prefix}-panel-${tab.id}` : undefined}
            tabIndex={tab.id === current.id ? 0 : -1}
            onClick={() => onSelect(tab.id)}
            onKeyDown={(event) => move(event, index)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`${prefix}-panel-${current.id}`}
        aria-labelledby={`${prefix}-tab-${current.id}`}
        className="tab-panel"
      >
        {current.panel}
      </div>
    </div>
  )
}
