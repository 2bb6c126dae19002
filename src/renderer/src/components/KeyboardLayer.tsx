import { useEffect } from 'react'
import { useStore } from '../state/store'
import { CommandPalette } from './CommandPalette'
import { ShortcutsSheet } from './ShortcutsSheet'
import { isTyping } from './focus'
import { useApplyTheme } from './ThemePicker'
import './extras.css'

/** App-wide keys (Ctrl/Cmd+K, ?), the dialogs they open, and the theme on <html>. */
export function KeyboardLayer() {
  const setOverlay = useStore((s) => s.setOverlay)
  useApplyTheme()
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k') {
        event.preventDefault()
        setOverlay(useStore.getState().overlay === 'palette' ? null : 'palette')
        return
      }
      // "?" while typing is just a question mark.
      if (event.key === '?' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event) && useStore.getState().overlay === null) {
        event.preventDefault()
        setOverlay('shortcuts')
      }
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [setOverlay])
  return (
    <>
      <CommandPalette />
      <ShortcutsSheet />
    </>
  )
}
