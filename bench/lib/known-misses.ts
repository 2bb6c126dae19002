/**
 * Targets this build does not meet yet, with the worst value the quick (CI) run accepts for
 * each: a guard against regressions until the target is reached. The full run still reports
 * them as MISSED and counts them as missed; see bench/README.md for the measurements and why.
 */
export const KNOWN_MISSES: Record<string, { budget: number; why: string }> = {}
