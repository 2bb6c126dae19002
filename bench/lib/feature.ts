import { listChannels } from '../../src/shared/contract'

/** The wire names a figure needs that this build's contract does not declare. */
export function missingChannels(needed: readonly string[]): string[] {
  const present = new Set(listChannels().map(([, , wire]) => wire))
  return needed.filter((wire) => !present.has(wire))
}

/** Reason printed when the notes/search feature is not in this build. */
export const NEEDS_NOTES = 'needs the notes/search feature'
