/** Work that must finish before the window closes (e.g. saving a note being typed). */
const flushers = new Set<() => Promise<void>>()

/** Registers a flusher; returns its removal. */
export function registerFlusher(flush: () => Promise<void>): () => void {
  flushers.add(flush)
  return () => void flushers.delete(flush)
}

/** Runs every flusher; failures are reported by the flushers themselves. */
export async function flushAll(): Promise<void> {
  await Promise.allSettled([...flushers].map((flush) => flush()))
}
