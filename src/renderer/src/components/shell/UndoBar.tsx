import { useEffect, useRef } from 'react'
import { useStore } from '../../state/store'
import { isTyping } from '../common/focus'
import { Icon } from '../common/Icon'

/** The open dialog on top, if any: the page and any dialog behind it are inert. */
function topDialog(): Element | null {
  return [...document.querySelectorAll('dialog[open]')].at(-1) ?? null
}

/**
 * The app's one undo: a bar at the foot of the window that says what was just removed or reset,
 * with Undo (also Ctrl/Cmd+Z outside text fields) and Dismiss. It stays until used, dismissed or
 * replaced by a newer offer: no timer takes the chance away. A dialog where things are deleted
 * (the curriculum editor) shows it inside too; the key works in the bar of the topmost layer only.
 */
export function UndoBar() {
  const offer = useStore((s) => s.undoOffer)
  const runUndo = useStore((s) => s.runUndo)
  const dismiss = useStore((s) => s.dismissUndo)
  const bar = useRef<HTMLDivElement>(null)

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || event.key.toLowerCase() !== 'z') return
      // Only the bar of the layer on top answers: the page behind an open dialog is inert, and so is its undo.
      if (isTyping(event) || !useStore.getState().undoOffer || topDialog() !== (bar.current?.closest('dialog') ?? null))
        return
      event.preventDefault()
      void useStore.getState().runUndo()
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [])

  // When the bar goes while focus is in it, focus goes to the main area (in a dialog, to its title) rather than to nowhere.
  const focusInside = (): boolean => bar.current?.contains(document.activeElement) ?? false
  const home = (): HTMLElement | null => {
    const dialog = bar.current?.closest('dialog')
    if (!dialog) return document.getElementById('main')
    const title = document.getElementById(dialog.getAttribute('aria-labelledby') ?? '')
    if (title && !title.hasAttribute('tabindex')) title.tabIndex = -1
    return title
  }
  const leave = (action: () => unknown): void => {
    const hadFocus = focusInside()
    void Promise.resolve(action()).then(() => {
      if (hadFocus && !useStore.getState().undoOffer) home()?.focus()
    })
  }

  return (
    <div className="undo-region" role="status" aria-live="polite" ref={bar}>
      {offer ? (
        <div className="undo-bar">
          <p className="undo-message">
            {offer.message}
            {offer.error ? <span className="undo-error"> {offer.error}</span> : null}
          </p>
          <button type="button" className="undo-button" onClick={() => leave(runUndo)}>
            <Icon name="undo" />
            Undo
          </button>
          <button type="button" className="icon-button" onClick={() => leave(dismiss)}>
            <Icon name="close" />
            <span className="visually-hidden">Dismiss undo</span>
          </button>
        </div>
      ) : null}
    </div>
  )
}
