import type { Report, SectionOf } from './schema'

/** The columns of the CSV export, one row per skill. */
export const CSV_HEADER = [
  'Skill',
  'Category',
  'Status',
  'Progress (%)',
  'Confidence (1-5)',
  'Sub-topics done',
  'Sub-topics total',
  'Sub-topics ticked',
  'Notes',
  'Last updated',
] as const

/**
 * One CSV field per RFC 4180: quoted when it holds a comma, quote or line break, quotes
 * doubled. Text a spreadsheet would run as a formula (= + - @, tab, carriage return first)
 * gets a leading apostrophe so it stays text.
 */
export function csvField(value: string | number): string {
  let text = String(value)
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** Rows of fields as CSV text with CRLF line ends (also after the last row). */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n'
}

function skillRow(r: SectionOf<'skills'>['rows'][number]): Array<string | number> {
  const ticked = r.subtopics.filter((sub) => sub.done)
  return [
    r.title,
    r.category,
    r.statusLabel,
    r.percent === null ? '' : r.percent,
    // Blank when not rated, so the column stays numeric in a spreadsheet.
    r.confidence > 0 ? r.confidence : '',
    ticked.length,
    r.subtopics.length,
    ticked.map((sub) => sub.title).join('; '),
    r.notes,
    r.updatedAt ? r.updatedAt.slice(0, 10) : '',
  ]
}

/** The report's skills as CSV: a header row, then one row per skill. */
export function renderCsv(report: Report): string {
  const skills = report.sections.find((s): s is SectionOf<'skills'> => s.kind === 'skills')
  return toCsv([CSV_HEADER, ...(skills?.rows ?? []).map(skillRow)])
}
