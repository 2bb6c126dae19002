import { confidenceLabel } from './defaults'
import { isWebLink } from '../web-link'
import type { Report, ReportSection, SectionOf } from './schema'
import { formatMinutes, percentText, SECTION_TITLES } from './text'

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

/** A fenced block that the body cannot close: the fence is longer than any backtick run inside. */
export function fence(body: string): string {
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length))
  const marks = '`'.repeat(Math.max(3, longest + 1))
  return `${marks}text\n${body.replace(/\r\n?/g, '\n')}\n${marks}`
}

function table(head: string[], align: Array<'l' | 'r'>, rows: string[][]): string {
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |`
  return [line(head), line(align.map((a) => (a === 'r' ? '---:' : '---'))), ...rows.map(line)].join('\n')
}

function overview(s: SectionOf<'overview'>): string {
  const lead = `**${s.percent}%** complete: ${s.done} of ${s.total} skills done (${s.counted} counted; skipped skills are left out).`
  const rows = [['Not started', s.byStatus['not-started']], ['Learning', s.byStatus.learning], ['Done', s.byStatus.done], ['Skipped', s.byStatus.skipped]]
  return `${lead}\n\n${table(['Status', 'Skills'], ['l', 'r'], rows.map(([label, n]) => [String(label), String(n)]))}`
}

function categories(s: SectionOf<'categories'>): string {
  return table(['Category', 'Progress', 'Done'], ['l', 'r', 'r'], s.rows.map((r) => [escapeMarkdown(r.label), `${r.percent}%`, `${r.done} of ${r.total}`]))
}

function skills(s: SectionOf<'skills'>): string {
  const head = ['Skill', 'Category', 'Status', 'Progress', ...(s.showConfidence ? ['Confidence'] : [])]
  const rows = s.rows.map((r) => [escapeMarkdown(r.title), escapeMarkdown(r.category), r.statusLabel, percentText(r.percent), ...(s.showConfidence ? [confidenceLabel(r.confidence)] : [])])
  const parts = [table(head, ['l', 'l', 'l', 'r', ...(s.showConfidence ? ['r' as const] : [])], rows)]
  if (s.showSubtopics) {
    parts.push('### Sub-topics')
    for (const r of s.rows) {
      const done = r.subtopics.filter((sub) => sub.done).length
      parts.push(`#### ${escapeMarkdown(r.title)} (${done} of ${r.subtopics.length})\n\n${r.subtopics.map((sub) => `- [${sub.done ? 'x' : ' '}] ${escapeMarkdown(sub.title)}`).join('\n')}`)
    }
  }
  return parts.join('\n\n')
}

function notes(s: SectionOf<'notes'>): string {
  return s.items
    .map((n) => {
      const heading = `### ${escapeMarkdown(n.skillTitle)}: ${escapeMarkdown(n.title || 'Untitled note')}\n\n_Edited ${n.editedOn}_`
      if (s.mode === 'full') return `${heading}\n\n${fence(n.text)}`
      return `${heading}\n\n> ${escapeMarkdown(n.text)}${n.truncated ? ' …' : ''}`
    })
    .join('\n\n')
}

function levels(s: SectionOf<'levels'>): string {
  return s.levels
    .map((l) => {
      const goals = l.goals.map((g) => `- [${g.done ? 'x' : ' '}] ${escapeMarkdown(g.title)}${g.custom ? ' (your own goal)' : ''}`)
      const target = l.targetOn ? `\n\nTarget date ${l.targetOn}${l.daysLeft ? ` (${l.daysLeft})` : ''}.` : ''
      const lead = `${escapeMarkdown(l.explanation)}${target}`
      return [`### ${escapeMarkdown(l.title)}: ${l.percent}% ready${l.current ? ' (current level)' : ''}`, lead, ...(goals.length ? [goals.join('\n')] : [])].join('\n\n')
    })
    .join('\n\n')
}

function frameworks(s: SectionOf<'frameworks'>): string {
  return table(['Framework', 'Mark'], ['l', 'l'], s.items.map((f) => [escapeMarkdown(f.name), f.mark === 'used' ? 'Used' : 'Learning']))
}

function activity(s: SectionOf<'activity'>): string {
  const streak = s.streak ? ` Current streak: ${s.streak.current} ${s.streak.current === 1 ? 'day' : 'days'} (longest ${s.streak.longest}; a day counts from ${s.streak.minMinutes} min).` : ''
  const minutes = (rows: SectionOf<'activity'>['skills']): string[][] => rows.map((r) => [escapeMarkdown(r.label), formatMinutes(r.minutes)])
  const days = s.days.map((d) => [d.label, formatMinutes(d.minutes), String(d.sessions)])
  return [
    `Total: **${formatMinutes(s.totalMinutes)}** over ${s.days.length} ${s.days.length === 1 ? 'day' : 'days'}.${streak}`,
    table(['Category', 'Time'], ['l', 'r'], minutes(s.categories)),
    table(['Skill', 'Time'], ['l', 'r'], minutes(s.skills)),
    table(['Day', 'Time', 'Sessions'], ['l', 'r', 'r'], days),
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
    .map((skill) => `### ${escapeMarkdown(skill.skillTitle)}\n\n${skill.links.map((l) => `- ${markdownLink(l.title, l.url)} (${l.kind}, added ${l.addedOn})`).join('\n')}`)
    .join('\n\n')
}

function body(section: ReportSection): string {
  switch (section.kind) {
    case 'overview': return overview(section)
    case 'categories': return categories(section)
    case 'skills': return skills(section)
    case 'notes': return notes(section)
    case 'levels': return levels(section)
    case 'frameworks': return frameworks(section)
    case 'activity': return activity(section)
    case 'evidence': return evidence(section)
  }
}

/** The report as a Markdown document (GitHub-flavoured tables and task lists). */
export function renderMarkdown(report: Report): string {
  const range = report.rangeText
  const head = [`# ${escapeMarkdown(report.title)}`, `Generated on ${report.generatedOn}.${range ? ` ${range}` : ''}`]
  const sections = report.sections.map((section) => `## ${SECTION_TITLES[section.kind]}\n\n${body(section)}`)
  return `${[...head, ...sections].join('\n\n')}\n`
}
