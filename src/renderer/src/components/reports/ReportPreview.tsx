import { useLayoutEffect, useRef, useState, type RefObject } from 'react'
import type { Report } from '../../../../shared/report/schema'
import { reportElements } from '../../../../shared/report/components/ReportContent'
import type { ReportLook } from '../../../../shared/report/components/ReportParts'
import { LazyHighlight } from '../code/LazyHighlight'

// Under the view's h1 and the panel's "Preview" h2; addresses stay text, since the preview is no
// place to navigate from (the Skills view opens links after asking); long notes are cut for speed.
const PREVIEW_LOOK: ReportLook = { headingLevel: 3, links: 'text', noteChars: 4000 }

/** Whether the clipped preview holds more than it shows; follows changes of content and size. */
function useOverflows(box: RefObject<HTMLElement | null>, content: unknown): boolean {
  const [overflows, setOverflows] = useState(false)
  useLayoutEffect(() => {
    const element = box.current
    if (!element) return
    const measure = (): void => setOverflows(element.scrollHeight > element.clientHeight + 1)
    measure()
    if (typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(measure)
    observer.observe(element)
    return () => observer.disconnect()
  }, [box, content])
  return overflows
}

/** The report drawn with the same components the HTML and PDF exports render (code highlighted once the highlighter has loaded); a long one is clipped until "Show all". */
export function ReportPreview({ report }: { report: Report }) {
  const [expanded, setExpanded] = useState(false)
  const box = useRef<HTMLElement>(null)
  const overflows = useOverflows(box, report)
  const clipped = !expanded && overflows
  return (
    <>
      <article
        ref={box}
        id="report-preview"
        className={`report-preview${expanded ? '' : ' report-preview-clipped'}${clipped ? ' report-preview-more' : ''}`}
        aria-label="Report preview"
      >
        <LazyHighlight>{reportElements(report, PREVIEW_LOOK)}</LazyHighlight>
        {report.sections.length === 0 ? (
          <p className="empty">Nothing is selected. Tick at least one part to include.</p>
        ) : null}
      </article>
      {overflows || expanded ? (
        <button
          type="button"
          className="preview-toggle"
          aria-expanded={expanded}
          aria-controls="report-preview"
          onClick={() => setExpanded((open) => !open)}
        >
          {expanded ? 'Show less' : 'Show all'}
        </button>
      ) : null}
    </>
  )
}
