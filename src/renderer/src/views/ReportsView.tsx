import { useState } from 'react'
import { DEFAULT_REPORT_OPTIONS } from '../../../shared/report/defaults'
import type { ReportOptions } from '../../../shared/report/schema'
import { ReportOptionsForm, rangeIsReversed } from '../components/reports/ReportOptionsForm'
import { ReportPreview } from '../components/reports/ReportPreview'
import { ExportBar } from '../components/reports/ExportBar'
import { useReportPreview } from '../components/reports/use-report-preview'
import './reports.css'
import { FieldError } from '../components/common/FormFeedback'

/** Progress reports: the export buttons first, then the options and a live preview of what they give. */
export default function ReportsView() {
  const [options, setOptions] = useState<ReportOptions>(DEFAULT_REPORT_OPTIONS)
  const valid = !rangeIsReversed(options)
  const { report, error } = useReportPreview(options, valid)
  return (
    <section aria-labelledby="reports-heading" className="view reports-view">
      <header className="view-header">
        <h1 id="reports-heading">Reports</h1>
        <p className="lede">
          Save your progress as Markdown, a web page, a PDF or a spreadsheet. Choose what goes in below; the preview
          shows the result.
        </p>
      </header>
      <ExportBar options={options} disabled={!valid} />
      <div className="reports-layout">
        <ReportOptionsForm options={options} onChange={setOptions} />
        <section className="reports-preview" aria-labelledby="preview-heading">
          <h2 id="preview-heading">Preview</h2>
          <FieldError error={error ? `Could not build the preview: ${error}` : null} />
          {report ? <ReportPreview report={report} /> : <p className="loading">Building the preview…</p>}
        </section>
      </div>
    </section>
  )
}
