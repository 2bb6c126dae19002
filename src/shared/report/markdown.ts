import { isWebLink } from '../markdown/web-link'
import { noteAsMarkdown } from './note-markdown'
import type { Report, ReportSection, SectionOf } from './schema'
import {
  activityLead,
  COLUMNS,
  CURRENT_LEVEL_NOTE,
  doneOfTotal,
  editedLine,
  evidenceNote,
  generatedLine,
  levelHeading,
  markLabel,
  noteHeading,
  overviewLead,
  OWN_GOAL_NOTE,
  SECTION_TITLES,
  skillColumns,
  skillFigures,
  statusCounts,
  foldSubtopics,
  notStartedCount,
  subtopicCount,
  SUBTOPICS_HEADING,
  untouchedLead,
  targetSentence,
  type Column,
  type Emphasised,
} from './text'
import { formatMinutes } from '../study/time-words'

/**
 * Makes user text inert inside Markdown: one line, and every character that can start
 * emphasis, code, a link, HTML, a heading, a table cell or (at the start) a list is
 * backslash-escaped, as CommonMark allows for any ASCII punctuation.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>#|~&]/g, '\\$&')
    .replace(/^([-+])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2')
}

// Title #, section ##, a section's parts (a note, a level) ###.
const PART_LEVEL = 3

function heading(level: number, text: string): string {
  return `${'#'.repeat(level)} ${text}`
}

// Shared sentences hold the app's own words and figures, never user text: nothing to escape.
function emphasised([before, figure, after]: Emphasised): string {
  return `${before}**${figure}**${after}`
}

function table(columns: Column[], rows: string[][]): string {
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |`
  return [
    line(columns.map((c) => c.label)),
    line(columns.map((c) => (c.numeric ? '---:' : '---'))),
    ...rows.map(line),
  ].join('\n')
}

function checklist(items: Array<{ text: string; done: boolean; note?: string }>): string {
  return items
    .map((item) => `- [${item.done ? 'x' : ' '}] ${escapeMarkdown(item.text)}${item.note ? ` ${item.note}` : ''}`)
    .join('\n')
}

function overview(s: SectionOf<'overview'>): string {
  return `${emphasised(overviewLead(s))}\n\n${table([COLUMNS.status, COLUMNS.skillCount], statusCounts(s))}`
}

function categories(s: SectionOf<'categories'>): string {
  return table(
    [COLUMNS.category, COLUMNS.progress, COLUMNS.done],
    s.rows.map((r) => [escapeMarkdown(r.label), `${r.percent}%`, doneOfTotal(r.done, r.total)]),
  )
}

function skills(s: SectionOf<'skills'>): string {
  const rows = s.rows.map((r) => [
    escapeMarkdown(r.title),
    escapeMarkdown(r.category),
    r.statusLabel,
    ...skillFigures(r, s.showConfidence),
  ])
  const parts = [table(skillColumns(s.showConfidence), rows)]
  if (s.showSubtopics) {
    parts.push(heading(PART_LEVEL, SUBTOPICS_HEADING))
    if (s.listNotStarted) {
      for (const r of s.rows) parts.push(subtopicsOf(r, r.subtopics))
    } else {
      const { started, untouched } = foldSubtopics(s.rows)
      for (const { row, ticked, notStarted } of started) {
        const list = subtopicsOf(
          row,
          ticked.map((title) => ({ title, done: true })),
        )
        parts.push(notStarted > 0 ? `${list}\n\n_${notStartedCount(notStarted)}_` : list)
      }
      if (untouched.titles.length > 0)
        parts.push(`${untouchedLead(untouched)} ${untouched.titles.map(escapeMarkdown).join(', ')}.`)
    }
  }
  return parts.join('\n\n')
}

/** A skill's heading with its count, then a checklist of `subtopics`. */
function subtopicsOf(
  r: SectionOf<'skills'>['rows'][number],
  subtopics: Array<{ title: string; done: boolean }>,
): string {
  const list = checklist(subtopics.map((sub) => ({ text: sub.title, done: sub.done })))
  return [heading(PART_LEVEL + 1, `${escapeMarkdown(r.title)} ${subtopicCount(r)}`), ...(list ? [list] : [])].join(
    '\n\n',
  )
}

/** Markdown inside a block quote: `> ` before each line. */
function quoted(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) => (line ? `> ${line}` : '>'))
    .join('\n')
}

function notes(s: SectionOf<'notes'>): string {
  return s.items
    .map((n) => {
      const head = `${heading(PART_LEVEL, escapeMarkdown(noteHeading(n)))}\n\n_${editedLine(n)}_`
      // The note stays Markdown; its own headings go below this note's heading. An excerpt is quoted.
      const markdown = noteAsMarkdown(n.text, PART_LEVEL)
      const body = s.mode === 'excerpt' && markdown ? quoted(`${markdown}${n.truncated ? '\n\n…' : ''}`) : markdown
      return body ? `${head}\n\n${body}` : head
    })
    .join('\n\n')
}

function levels(s: SectionOf<'levels'>): string {
  return s.levels
    .map((l) => {
      const goals = checklist(
        l.goals.map((g) => ({ text: g.title, done: g.done, ...(g.custom ? { note: OWN_GOAL_NOTE } : {}) })),
      )
      const target = targetSentence(l)
      const lead = `${escapeMarkdown(l.explanation)}${target ? `\n\n${target}` : ''}`
      return [
        heading(PART_LEVEL, `${escapeMarkdown(levelHeading(l))}${l.current ? ` ${CURRENT_LEVEL_NOTE}` : ''}`),
        lead,
        ...(goals ? [goals] : []),
      ].join('\n\n')
    })
    .join('\n\n')
}

function frameworks(s: SectionOf<'frameworks'>): string {
  return table(
    [COLUMNS.framework, COLUMNS.mark],
    s.items.map((f) => [escapeMarkdown(f.name), markLabel(f.mark)]),
  )
}

function activity(s: SectionOf<'activity'>): string {
  const minutes = (rows: SectionOf<'activity'>['skills']): string[][] =>
    rows.map((r) => [escapeMarkdown(r.label), formatMinutes(r.minutes)])
  const days = s.days.map((d) => [d.label, formatMinutes(d.minutes), String(d.sessions)])
  return [
    emphasised(activityLead(s)),
    table([COLUMNS.category, COLUMNS.time], minutes(s.categories)),
    table([COLUMNS.skill, COLUMNS.time], minutes(s.skills)),
    table([COLUMNS.day, COLUMNS.time, COLUMNS.sessions], days),
  ].join('\n\n')
}

/**
 * A link destination in angle brackets that nothing can close or escape: characters CommonMark
 * treats specially there (and whitespace) are percent-encoded. Only http(s) links become links.
 */
export function markdownLink(title: string, url: string): string {
  if (!isWebLink(url)) return `${escapeMarkdown(title)}: ${escapeMarkdown(url)}`
  const destination = url.replace(/[\s<>\\]/g, (c) => encodeURIComponent(c))
  return `[${escapeMarkdown(title)}](<${destination}>)`
}

function evidence(s: SectionOf<'evidence'>): string {
  return s.skills
    .map(
      (skill) =>
        `${heading(PART_LEVEL, escapeMarkdown(skill.skillTitle))}\n\n${skill.links.map((l) => `- ${markdownLink(l.title, l.url)} ${evidenceNote(l)}`).join('\n')}`,
    )
    .join('\n\n')
}

function body(section: ReportSection): string {
  switch (section.kind) {
    case 'overview':
      return overview(section)
    case 'categories':
      return categories(section)
    case 'skills':
      return skills(section)
    case 'notes':
      return notes(section)
    case 'levels':
      return levels(section)
    case 'frameworks':
      return frameworks(section)
    case 'activity':
      return activity(section)
    case 'evidence':
      return evidence(section)
  }
}

/** The report as a Markdown document (GitHub-flavoured tables and task lists). */
export function renderMarkdown(report: Report): string {
  const [before, day, after] = generatedLine(report)
  const head = [heading(1, escapeMarkdown(report.title)), `${before}${day}${after}`]
  const sections = report.sections.map((section) => `${heading(2, SECTION_TITLES[section.kind])}\n\n${body(section)}`)
  return `${[...head, ...sections].join('\n\n')}\n`
}
