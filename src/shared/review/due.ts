import type { CardState } from '../schemas/review'

// Apart from the scheduler, so the Dashboard can count due cards without loading ts-fsrs.

/** Is the card due at `now`? A card never answered counts as new, not due. */
export function isDue(stored: CardState | undefined, now: Date): boolean {
  return stored !== undefined && new Date(stored.due).getTime() <= now.getTime()
}
