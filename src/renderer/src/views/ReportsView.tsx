import { useState } from 'react'
import { DEFAULT_REPORT_OPTIONS } from '../../../shared/report/defaults'
import type { ReportOptions } from '../../../shared/report/schema'
import { ReportOptionsForm, rangeIsReversed } from '../components/reports/ReportOptionsForm'
import { ReportPreview } from '../components/reports/ReportPreview'
import { ExportBar } from '../components/reports/ExportBar'
import { BackupPanel } from '../components/reports/BackupPanel'
import { useReportPreview } from '../components/reports/use-report-preview'
import './reports.css'

/** Progress reports (options, live preview, export in four formats) and backup and restore. */
export default function ReportsView() {
  const [options, setOptions] = useState<ReportOptions>(DEFAULT_REPORT_OPTIONS)
  const valid = !rangeIsReversed(options)
  const { report, error } = useReportPreview(options, valid)
  return (
    <section aria-labelledby="reports-heading" className="view reports-view">
      <header className="view-header">
        <h1 id="reports-heading">Reports</h1>
        <p className="lede">Choose what goes into your progress report, check the preview, then save it as Markdown, a web page, a PDF or a spreadsheet.</p>
      </header>
      <div className="reports-layout">
        <div className="reports-side">
          <ReportOptionsForm options={options} onChange={setOptions} />
          <ExportBar options={options} disabled={!valid} />
        </div>
        <section className="reports-preview" aria-labelledby="preview-heading">
          <h2 id="preview-heading">Preview</h2>
          {error ? (
            <p role="alert" className="field-error">
              Could not build the preview: {error}
            </p>
          ) : null}
          {report ? <ReportPreview report={report} /> : <p className="loading">Building the preview…</p>}
        </section>
      </div>
      <BackupPanel />
    </section>
  )
}
