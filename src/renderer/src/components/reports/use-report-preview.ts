import { useEffect, useState } from 'react'
import type { Report, ReportOptions } from '../../../../shared/report/schema'
import { useStore } from '../../state/store'

/** Wait this long after the last option change before rebuilding the preview. */
const DEBOUNCE_MS = 150

/**
 * The report model for `options`, rebuilt in main (where note bodies live) whenever the
 * options or the learner's data change. Stale answers are dropped.
 */
export function useReportPreview(
  options: ReportOptions,
  enabled: boolean,
): { report: Report | null; error: string | null } {
  const data = useStore((s) => s.data)
  const build = useStore((s) => s.reports.build)
  const [report, setReport] = useState<Report | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    if (!enabled) return
    let current = true
    const timer = setTimeout(() => {
      void build(options).then((outcome) => {
        if (!current) return
        if (!outcome.ok) return setError(outcome.message)
        setReport(outcome.value)
        setError(null)
      })
    }, DEBOUNCE_MS)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [options, enabled, data, build])
  return { report, error }
}
