import { useEffect, useId, useRef, useState } from 'react'
import './menu.css'

/** One entry of an ActionMenu. */
export interface MenuAction {
  label: string
  onSelect: () => void
  disabled?: boolean
  /** Drawn in the danger colour (deletes). */
  danger?: boolean
}

/**
 * A row's actions behind one button (the ARIA menu-button pattern): Enter, Space or the arrows
 * open it on an item; the arrows, Home and End move; Escape closes it and gives focus back to the
 * button; Tab or a click elsewhere closes it.
 */
export function ActionMenu({ label, actions }: { label: string; actions: MenuAction[] }) {
  const [open, setOpen] = useState(false)
  const button = useRef<HTMLButtonElement>(null)
  const list = useRef<HTMLUListElement>(null)
  const [first, setFirst] = useState<'first' | 'last'>('first')
  const menuId = useId()
  const items = (): HTMLElement[] => [
    ...(list.current?.querySelectorAll<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])') ?? []),
  ]
  const close = (refocus: boolean): void => {
    setOpen(false)
    if (refocus) button.current?.focus()
  }

  useEffect(() => {
    if (!open) return
    const found = items()
    ;(first === 'first' ? found[0] : found.at(-1))?.focus()
    const outside = (event: PointerEvent): void => {
      const target = event.target as Node
      if (!list.current?.contains(target) && !button.current?.contains(target)) setOpen(false)
    }
    document.addEventListener('pointerdown', outside)
    return () => document.removeEventListener('pointerdown', outside)
  }, [open, first])

  const openAt = (where: 'first' | 'last'): void => {
    setFirst(where)
    setOpen(true)
  }
  const onMenuKey = (event: React.KeyboardEvent): void => {
    const found = items()
    const at = found.indexOf(document.activeElement as HTMLElement)
    const go = (index: number): void => found[(index + found.length) % found.length]?.focus()
    const keys: Record<string, () => void> = {
      ArrowDown: () => go(at + 1),
      ArrowUp: () => go(at - 1),
      Home: () => go(0),
      End: () => go(found.length - 1),
      Escape: () => close(true),
    }
    const act = keys[event.key]
    if (act) {
      event.preventDefault()
      // Escape closes the menu only, not the dialog around it.
      event.stopPropagation()
      act()
    } else if (event.key === 'Tab') setOpen(false)
  }

  return (
    <span className="action-menu">
      <button
        ref={button}
        type="button"
        className="action-menu-button"
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => (open ? close(false) : openAt('first'))}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault()
            openAt(event.key === 'ArrowDown' ? 'first' : 'last')
          }
        }}
      >
        <span aria-hidden="true">⋯</span>
      </button>
      {open ? (
        <ul ref={list} id={menuId} role="menu" aria-label={label} className="action-menu-list" onKeyDown={onMenuKey}>
          {actions.map((action) => (
            <li key={action.label} role="none">
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                aria-disabled={action.disabled ? true : undefined}
                className={action.danger ? 'danger-text' : undefined}
                onClick={() => {
                  if (action.disabled) return
                  close(true)
                  action.onSelect()
                }}
              >
                {action.label}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </span>
  )
}
