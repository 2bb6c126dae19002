import { useEffect, useState } from 'react'

/**
 * `value` once it has stayed the same for `ms`: a costly view of text being typed follows it
 * when typing pauses, never between two keystrokes. While `now(last settled value)` holds (say,
 * nothing is shown yet) the new value is taken at once.
 */
export function useSettled<T>(value: T, ms: number, now: (settled: T) => boolean = () => false): T {
  const [settled, setSettled] = useState(value)
  const immediate = now(settled)
  useEffect(() => {
    if (Object.is(value, settled)) return
    const timer = setTimeout(() => setSettled(value), immediate ? 0 : ms)
    return () => clearTimeout(timer)
  }, [value, settled, ms, immediate])
  return immediate ? value : settled
}
