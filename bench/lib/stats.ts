/** The median of some samples (the mean of the middle two for an even count). */
export function median(samples: readonly number[]): number {
  if (samples.length === 0) throw new Error('median of no samples')
  const sorted = [...samples].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}

/** The nearest-rank percentile `p` (0-100) of some samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new Error('percentile of no samples')
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)))
  return sorted[rank - 1] as number
}

/** Milliseconds taken by `work`, on the monotonic clock. */
export async function timeMs(work: () => unknown): Promise<number> {
  const start = performance.now()
  await work()
  return performance.now() - start
}

/**
 * Runs `a` and `b` alternately `rounds` times (after one untimed warm-up each) so that
 * machine noise lands on both sides alike; returns each side's samples.
 */
export async function interleaved<T>(
  rounds: number,
  a: () => Promise<T>,
  b: () => Promise<T>,
): Promise<{ a: T[]; b: T[] }> {
  await a()
  await b()
  const samples = { a: [] as T[], b: [] as T[] }
  for (let i = 0; i < rounds; i += 1) {
    // Alternate which side goes first so neither always runs on a warmer machine.
    if (i % 2 === 0) {
      samples.a.push(await a())
      samples.b.push(await b())
    } else {
      samples.b.push(await b())
      samples.a.push(await a())
    }
  }
  return samples
}

/** Formats a byte count as KB or MB with one decimal. */
export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} KB`
}
