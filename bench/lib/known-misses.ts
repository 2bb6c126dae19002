/**
 * Targets this build does not meet yet, with the worst value the quick (CI) run accepts for
 * each: a guard against regressions until the target is reached. The full run still reports
 * them as MISSED and counts them as missed; see bench/README.md for the measurements and why.
 */
export const KNOWN_MISSES: Record<string, { budget: number; why: string }> = {
  'sync: merge a day of another computer (2,000 saves, 200 reviews, 50 statuses) / one durable save': {
    budget: 16,
    why: 'Yjs alone takes 3.8-4.4x a durable save to apply the day (sync-engines table; Loro 95x, Automerge runs out of memory); validation, the store write of 2,000 notes and its followers add the rest. Measured 8-12x in quick runs.',
  },
}
