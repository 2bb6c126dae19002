import type { ReportOptions, ReportFormat } from './schema'

// Plain data without zod, so the renderer can import it under its strict CSP.

/** The options a new report starts with: everything, notes as excerpts, no date limit. */
export const DEFAULT_REPORT_OPTIONS: ReportOptions = {
  include: {
    overview: true,
    categories: true,
    skills: true,
    subtopics: true,
    notStartedSubtopics: false,
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

/** The file name the save dialog suggests for a report made on `day`, e.g. groundwork-report-2026-11-25.md. */
export function reportFileName(format: ReportFormat, day: string): string {
  return `groundwork-report-${day}.${REPORT_FORMATS[format].extension}`
}

/** Confidence as people read it. */
export function confidenceLabel(confidence: number): string {
  return confidence > 0 ? `${confidence}/5` : 'Not rated'
}
