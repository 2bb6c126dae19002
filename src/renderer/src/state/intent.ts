import { useEffect, type RefObject } from 'react'
import { useStore } from './store'
import type { Intent } from './ui-slice'
import type { ItemKind } from './item-target'

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

/**
 * Acts on any item intent of `kind` (see item-target.ts) once `ready`, for a control showing many
 * items (a table, a list): `act` gets the item's id and answers whether it found the item there.
 * Only a found item clears the intent, so another control (or this one, once it shows the item)
 * can still act on it.
 */
export function useItemIntent(kind: ItemKind, act: (id: string) => boolean, ready = true): void {
  const asked = useStore((s) => (s.intent?.startsWith(`${kind}:`) ? s.intent : null))
  const clearIntent = useStore((s) => s.clearIntent)
  useEffect(() => {
    if (asked === null || !ready) return
    if (act(asked.slice(kind.length + 1))) clearIntent(asked)
  }, [asked, ready, act, clearIntent, kind])
}
