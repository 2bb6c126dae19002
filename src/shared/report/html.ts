import { createElement, type ReactElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { highlightCode } from '../markdown/code/highlight'
import { HighlightContext, type HighlightSource } from '../markdown/code/highlight-context'
import { reportCss } from './html-style'
import { reportElements } from './components/ReportContent'
import { PAGE_LOOK } from './components/ReportParts'
import type { Report } from './schema'
import { EmbedsContext, NO_EMBEDS, type NoteEmbeds } from '../markdown/embeds'

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Escapes text for HTML content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c)
}

// The exported page is static: its code blocks are highlighted as they are rendered.
const HIGHLIGHTED: HighlightSource = { highlight: highlightCode }

function highlighted(element: ReactElement, embeds: NoteEmbeds): string {
  const embedded = createElement(EmbedsContext, { value: embeds }, element)
  return renderToStaticMarkup(createElement(HighlightContext, { value: HIGHLIGHTED }, embedded))
}

/**
 * The report as one standalone HTML document: inline styles, no scripts. The body is the
 * preview's React components rendered to static markup (React escapes all text), one line
 * per section; only the page shell around it is written here. Pictures and diagrams come as data
 * URLs from `embeds` (see main's report-embeds.ts); the page loads nothing.
 */
export function renderHtml(report: Report, embeds: NoteEmbeds = NO_EMBEDS): string {
  const [header = '', ...sections] = reportElements(report, PAGE_LOOK).map((element) => highlighted(element, embeds))
  const e = escapeHtml
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(report.title)} (${e(report.generatedOn)})</title>
<style>${reportCss(report.title, report.generatedOn)}</style>
</head>
<body>
${header}
<main>
${sections.join('\n')}
</main>
</body>
</html>
`
}
