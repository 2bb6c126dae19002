import type { Report } from '../../../../shared/report/schema'
import { reportElements } from '../../../../shared/report/components/ReportContent'
import type { ReportLook } from '../../../../shared/report/components/ReportParts'
import { LazyHighlight } from '../code/LazyHighlight'

// Under the view's h1 and the panel's "Preview" h2; addresses stay text, since the preview is no
// place to navigate from (the Skills view opens links after asking); long notes are cut for speed.
const PREVIEW_LOOK: ReportLook = { headingLevel: 3, links: 'text', noteChars: 4000 }

/** The report drawn with the same components the HTML and PDF exports render (code highlighted once the highlighter has loaded). */
export function ReportPreview({ report }: { report: Report }) {
  return (
    <article className="report-preview" aria-label="Report preview">
      <LazyHighlight>{reportElements(report, PREVIEW_LOOK)}</LazyHighlight>
      {report.sections.length === 0 ? <p className="empty">Nothing is selected. Tick at least one part to include.</p> : null}
    </article>
  )
}
