import { confidenceLabel } from './defaults'
import { reportCss } from './html-style'
import { isWebLink } from '../web-link'
import type { Report, ReportSection, SectionOf } from './schema'
import { formatMinutes, percentText, SECTION_TITLES } from './text'

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Escapes text for HTML content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c)
}

// Every helper below takes plain text and escapes it; only markup we write is left raw.
const e = escapeHtml

function bar(value: number): string {
  const width = Math.max(0, Math.min(100, Math.round(value)))
  return `<div class="bar" aria-hidden="true"><span style="width:${width}%"></span></div>`
}

function table(head: Array<[string, boolean?]>, rows: string[][]): string {
  const th = head.map(([label, num]) => `<th${num ? ' class="num"' : ''}>${e(label)}</th>`).join('')
  const tr = rows.map((cells) => `<tr>${cells.map((cell, i) => `<td${head[i]?.[1] ? ' class="num"' : ''}>${cell}</td>`).join('')}</tr>`).join('\n')
  return `<table><thead><tr>${th}</tr></thead><tbody>\n${tr}\n</tbody></table>`
}

function overview(s: SectionOf<'overview'>): string {
  const counts: Array<[string, number]> = [['Not started', s.byStatus['not-started']], ['Learning', s.byStatus.learning], ['Done', s.byStatus.done], ['Skipped', s.byStatus.skipped]]
  return `<p><span class="big">${s.percent}%</span> complete: ${s.done} of ${s.total} skills done (${s.counted} counted; skipped skills are left out).</p>
${bar(s.percent)}
${table([['Status'], ['Skills', true]], counts.map(([label, n]) => [e(label), String(n)]))}`
}

function categories(s: SectionOf<'categories'>): string {
  return table([['Category'], ['Progress', true], [''], ['Done', true]], s.rows.map((r) => [e(r.label), `${r.percent}%`, bar(r.percent), `${r.done} of ${r.total}`]))
}

function skills(s: SectionOf<'skills'>): string {
  const head: Array<[string, boolean?]> = [['Skill'], ['Category'], ['Status'], ['Progress', true], ...(s.showConfidence ? [['Confidence', true] as [string, boolean]] : [])]
  const rows = s.rows.map((r) => [
    e(r.title),
    e(r.category),
    `<span class="status-${e(r.status)}">${e(r.statusLabel)}</span>`,
    percentText(r.percent),
    ...(s.showConfidence ? [e(confidenceLabel(r.confidence))] : []),
  ])
  const parts = [table(head, rows)]
  if (s.showSubtopics) {
    parts.push('<h3>Sub-topics</h3>')
    for (const r of s.rows) {
      const done = r.subtopics.filter((sub) => sub.done).length
      const items = r.subtopics.map((sub) => `<li${sub.done ? ' class="done"' : ''}>${e(sub.title)}</li>`).join('')
      parts.push(`<div class="subtopics"><h3>${e(r.title)} <small>(${done} of ${r.subtopics.length})</small></h3><ul class="checks">${items}</ul></div>`)
    }
  }
  return parts.join('\n')
}

// The newline after <pre> is eaten by the parser, so a body's own leading newline survives.
function notes(s: SectionOf<'notes'>): string {
  return s.items
    .map((n) => {
      const text = s.mode === 'full' ? `<pre>\n${e(n.text)}</pre>` : `<blockquote>${e(n.text)}${n.truncated ? ' …' : ''}</blockquote>`
      return `<article class="note"><h3>${e(n.skillTitle)}: ${e(n.title || 'Untitled note')}</h3><p class="meta">Edited ${e(n.editedOn)}</p>${text}</article>`
    })
    .join('\n')
}

function levels(s: SectionOf<'levels'>): string {
  return s.levels
    .map((l) => {
      const goals = l.goals.map((g) => `<li${g.done ? ' class="done"' : ''}>${e(g.title)}${g.custom ? ' <small>(your own goal)</small>' : ''}</li>`).join('')
      const target = l.targetOn ? `<p class="meta">Target date ${e(l.targetOn)}${l.daysLeft ? ` (${e(l.daysLeft)})` : ''}</p>` : ''
      return `<div class="level"><h3>${e(l.title)}: ${l.percent}% ready${l.current ? ' <small>(current level)</small>' : ''}</h3>${bar(l.percent)}
<p class="meta">${e(l.explanation)}</p>${target}<ul class="checks">${goals}</ul></div>`
    })
    .join('\n')
}

function frameworks(s: SectionOf<'frameworks'>): string {
  return table([['Framework'], ['Mark']], s.items.map((f) => [e(f.name), f.mark === 'used' ? 'Used' : 'Learning']))
}

function activity(s: SectionOf<'activity'>): string {
  const streak = s.streak ? ` Current streak: ${s.streak.current} ${s.streak.current === 1 ? 'day' : 'days'} (longest ${s.streak.longest}; a day counts from ${s.streak.minMinutes} min).` : ''
  const minutes = (rows: SectionOf<'activity'>['skills']): string[][] => rows.map((r) => [e(r.label), e(formatMinutes(r.minutes))])
  return `<p>Total: <strong>${e(formatMinutes(s.totalMinutes))}</strong> over ${s.days.length} ${s.days.length === 1 ? 'day' : 'days'}.${e(streak)}</p>
${table([['Category'], ['Time', true]], minutes(s.categories))}
${table([['Skill'], ['Time', true]], minutes(s.skills))}
${table([['Day'], ['Time', true], ['Sessions', true]], s.days.map((d) => [e(d.label), e(formatMinutes(d.minutes)), String(d.sessions)]))}`
}

// Only http(s) links become clickable; anything else (say, from an edited backup) stays text.
function link(title: string, url: string): string {
  const label = `${e(title)} <span class="url">${e(url)}</span>`
  return isWebLink(url) ? `<a href="${e(url)}" rel="noopener noreferrer">${label}</a>` : label
}

function evidence(s: SectionOf<'evidence'>): string {
  return s.skills
    .map((skill) => {
      const items = skill.links.map((l) => `<li>${link(l.title, l.url)} <small>(${e(l.kind)}, added ${e(l.addedOn)})</small></li>`).join('')
      return `<h3>${e(skill.skillTitle)}</h3><ul class="evidence">${items}</ul>`
    })
    .join('\n')
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

// Long sections start on a new printed page; the short summary ones share the first.
const PAGE_BREAK_BEFORE = new Set<ReportSection['kind']>(['skills', 'notes', 'activity'])

/** The report as one standalone HTML document: inline styles, no scripts, all text escaped. */
export function renderHtml(report: Report): string {
  const range = report.rangeText
  const sections = report.sections
    .map((s, i) => `<section class="section-${s.kind}${i > 0 && PAGE_BREAK_BEFORE.has(s.kind) ? ' page-break' : ''}">\n<h2>${e(SECTION_TITLES[s.kind])}</h2>\n${body(s)}\n</section>`)
    .join('\n')
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(report.title)} (${e(report.generatedOn)})</title>
<style>${reportCss(report.title, report.generatedOn)}</style>
</head>
<body>
<header class="report-header"><h1>${e(report.title)}</h1><p>Generated on <time datetime="${e(report.generatedAt)}">${e(report.generatedOn)}</time>.${range ? ` ${e(range)}` : ''}</p></header>
<main>
${sections}
</main>
</body>
</html>
`
}
