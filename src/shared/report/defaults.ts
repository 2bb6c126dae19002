import type { ReportOptions, ReportFormat } from './schema'

// Plain data without zod, so the renderer can import it under its strict CSP.

/** The options a new report starts with: everything, notes as excerpts, no date limit. */
export const DEFAULT_REPORT_OPTIONS: ReportOptions = {
  include: {
    overview: true,
    categories: true,
    skills: true,
    subtopics: true,
    confidence: true,
    levels: true,
    frameworks: true,
    activity: true,
    evidence: true,
  },
  notes: 'excerpt',
}

/** File extension, dialog filter name and label of each export format. */
export const REPORT_FORMATS: Record<ReportFormat, { extension: string; filterName: string; label: string }> = {
  md: { extension: 'md', filterName: 'Markdown', label: 'Markdown' },
  html: { extension: 'html', filterName: 'Web page', label: 'HTML' },
  pdf: { extension: 'pdf', filterName: 'PDF document', label: 'PDF' },
  csv: { extension: 'csv', filterName: 'Spreadsheet (CSV)', label: 'CSV' },
}

/** A local calendar day as YYYY-MM-DD. */
export function localDay(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/** The file name the save dialog suggests, e.g. groundwork-report-2026-11-25.md. */
export function reportFileName(format: ReportFormat, now: Date): string {
  return `groundwork-report-${localDay(now)}.${REPORT_FORMATS[format].extension}`
}

/** Confidence as people read it. */
export function confidenceLabel(confidence: number): string {
  return confidence > 0 ? `${confidence}/5` : 'Not rated'
}
