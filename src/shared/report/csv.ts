import type { Report, ReportSection, SectionOf } from './schema'

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
  'Minutes studied',
  'Evidence',
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

/** What the CSV adds to each skill row from the other sections (blank when they are left out). */
interface Extras {
  minutes: Map<string, number>
  links: Map<string, string[]>
}

function skillRow(r: SectionOf<'skills'>['rows'][number], extras: Extras): Array<string | number> {
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
    r.updatedOn ?? '',
    extras.minutes.get(r.id) ?? '',
    (extras.links.get(r.id) ?? []).join(' | '),
  ]
}

function find<K extends ReportSection['kind']>(report: Report, kind: K): SectionOf<K> | undefined {
  return report.sections.find((s): s is SectionOf<K> => s.kind === kind)
}

/** The report's skills as CSV: a header row, then one row per skill with its study minutes and evidence links. */
export function renderCsv(report: Report): string {
  const extras: Extras = {
    minutes: new Map((find(report, 'activity')?.skills ?? []).map((r) => [r.id, r.minutes])),
    links: new Map((find(report, 'evidence')?.skills ?? []).map((s) => [s.skillId, s.links.map((l) => l.url)])),
  }
  return toCsv([CSV_HEADER, ...(find(report, 'skills')?.rows ?? []).map((row) => skillRow(row, extras))])
}
