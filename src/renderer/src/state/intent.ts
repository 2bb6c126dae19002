import { useEffect, type RefObject } from 'react'
import { useStore } from './store'
import type { Intent } from './ui-slice'

/** Runs `act` once the store holds `intent` and `ready` is true (e.g. the control shows), then clears it. No intent: nothing. */
export function useIntent(intent: Intent | undefined, act: () => void, ready = true): void {
  const asked = useStore((s) => intent !== undefined && s.intent === intent)
  const clearIntent = useStore((s) => s.clearIntent)
  useEffect(() => {
    if (!asked || !ready || intent === undefined) return
    act()
    clearIntent(intent)
  }, [asked, ready, act, clearIntent, intent])
}

/** Focuses the element behind `ref` when the store asks for `intent` and `ready` is true. */
export function useFocusIntent(intent: Intent | undefined, ref: RefObject<HTMLElement | null>, ready = true): void {
  useIntent(intent, () => ref.current?.focus(), ready)
}
