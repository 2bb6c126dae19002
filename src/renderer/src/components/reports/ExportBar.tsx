import { useState } from 'react'
import { REPORT_FORMATS } from '../../../../shared/report/defaults'
import type { ReportFormat, ReportOptions } from '../../../../shared/report/schema'
import { isCancelled } from '../../../../shared/contract/cancelled'
import { useStore } from '../../state/store'
import { SavedTo } from '../common/SavedTo'
import { FieldError } from '../common/FormFeedback'

type Outcome = { kind: 'saved'; path: string } | { kind: 'cancelled' } | { kind: 'error'; message: string } | null

const FORMATS = Object.keys(REPORT_FORMATS) as ReportFormat[]

/** One button per format, at the top of Reports; tells the learner where the file went. */
export function ExportBar({ options, disabled }: { options: ReportOptions; disabled: boolean }) {
  const [busy, setBusy] = useState<ReportFormat | null>(null)
  const [outcome, setOutcome] = useState<Outcome>(null)
  const exportReport = useStore((s) => s.reports.export)

  async function exportAs(format: ReportFormat): Promise<void> {
    setBusy(format)
    setOutcome(null)
    const done = await exportReport(format, options)
    setBusy(null)
    if (!done.ok) setOutcome({ kind: 'error', message: done.message })
    else setOutcome(isCancelled(done.value) ? { kind: 'cancelled' } : { kind: 'saved', path: done.value.path })
  }

  return (
    <section className="export-bar" aria-labelledby="export-heading">
      <div className="export-row">
        <h2 id="export-heading">Export</h2>
        <div className="button-row">
          {FORMATS.map((format) => (
            <button
              key={format}
              type="button"
              className={format === 'pdf' ? 'primary' : undefined}
              disabled={disabled || busy !== null}
              onClick={() => void exportAs(format)}
            >
              {busy === format
                ? `Exporting ${REPORT_FORMATS[format].label}…`
                : `Export ${REPORT_FORMATS[format].label}`}
            </button>
          ))}
        </div>
      </div>
      <div role="status" aria-live="polite">
        {outcome?.kind === 'saved' ? <SavedTo label="Saved to" path={outcome.path} /> : null}
        {outcome?.kind === 'cancelled' ? <p className="hint">Export cancelled; nothing was saved.</p> : null}
      </div>
      <FieldError error={outcome?.kind === 'error' ? `Could not export: ${outcome.message}` : null} />
    </section>
  )
}
