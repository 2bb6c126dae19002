import type { ShippedPack } from './shipped-pack'

// Placeholder until the shipped packs' content lands: the list is filled in by that work.

/** The packs shipped beside the built-in backend curriculum. */
export const SHIPPED_PACKS: readonly ShippedPack[] = []
