import { HIGHLIGHT_COLOURS, highlightRules } from '../markdown/code/palette'

/** A CSS string literal: backslashes, quotes and line breaks escaped. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/[\r\n\f]/g, ' ')}"`
}

/** The printed page's margins in millimetres; the running header and the page number sit in them. */
export const PAGE_MARGIN_MM = { top: 20, side: 16, bottom: 18 }

/**
 * The exported report's stylesheet. Printed, every page gets the title and date in its top
 * margin and a page number at the bottom (CSS page-margin boxes, which Chromium supports).
 */
export function reportCss(title: string, date: string): string {
  return `
@page { size: A4; margin: ${PAGE_MARGIN_MM.top}mm ${PAGE_MARGIN_MM.side}mm ${PAGE_MARGIN_MM.bottom}mm;
  @top-left { content: ${cssString(title)}; font: 9pt system-ui, sans-serif; color: #545b69; }
  @top-right { content: ${cssString(date)}; font: 9pt system-ui, sans-serif; color: #545b69; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 9pt system-ui, sans-serif; color: #545b69; } }
:root { color-scheme: light; }
body { font: 11pt/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Ubuntu, sans-serif; color: #1b1d23; background: #fff; margin: 0 auto; max-width: 860px; padding: 24px; }
@media print { body { padding: 0; max-width: none; } }
.report-header { border-bottom: 3px solid #2457c5; margin-bottom: 18px; padding-bottom: 8px; }
.report-header h1 { font-size: 20pt; margin: 0 0 4px; }
.report-header p { margin: 0; color: #545b69; }
h2 { font-size: 14pt; margin: 22px 0 8px; color: #1b3f8f; break-after: avoid; }
h3 { font-size: 12pt; margin: 14px 0 6px; break-after: avoid; }
h4, h5, h6 { font-size: 11pt; margin: 10px 0 4px; break-after: avoid; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 12px; }
th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid #d5d9e0; vertical-align: top; }
th { background: #eef0f4; font-weight: 600; }
td.num, th.num { text-align: right; white-space: nowrap; }
.report-section-skills td:nth-child(2), .report-section-skills td:nth-child(3) { white-space: nowrap; }
/* Printed: only small blocks are kept whole (a row, a list item, one skill's sub-topics, a note's
   heading with its date); long ones flow across pages, so nothing leaves the rest of a page empty. */
tr, li, .report-subtopics, .report-bar { break-inside: avoid; }
.report-note > :first-child, .report-level > :not(ul) { break-after: avoid; }
p, li, blockquote, pre { orphans: 3; widows: 3; }
.report-big { font-size: 26pt; font-weight: 700; color: #2457c5; }
.report-bar { height: 8px; background: #eef0f4; border-radius: 4px; overflow: hidden; min-width: 80px; }
.report-bar > span { display: block; height: 100%; background: #2457c5; }
.report-status-done { color: #1d7a46; font-weight: 600; }
.report-status-learning { color: #2457c5; }
.report-status-skipped { color: #545b69; font-style: italic; }
ul.report-checks { list-style: none; padding-left: 0; margin: 4px 0 10px; columns: 2; column-gap: 24px; }
ul.report-checks li::before { content: "☐ "; }
ul.report-checks li.report-done::before { content: "☑ "; color: #1d7a46; }
.report-note { border-left: 3px solid #d5d9e0; padding: 2px 0 2px 12px; margin: 10px 0; }
.report-note h3 { margin: 0; }
.report-meta { color: #545b69; font-size: 9.5pt; margin: 2px 0 4px; }
ul.report-evidence { padding-left: 18px; margin: 4px 0 10px; }
ul.report-evidence a { color: #1b3f8f; }
ul.report-evidence small { white-space: nowrap; }
.report-url { color: #545b69; font-size: 9pt; overflow-wrap: anywhere; }
.report-note .report-meta { font-size: 9pt; margin: 0 0 4px; }
.report-note blockquote { margin: 0; color: #30343c; }
.report-excerpt { border-left: 3px solid #eef0f4; padding-left: 10px; }
.report-excerpt .markdown-body > :last-child { margin-bottom: 0; }
.report-untouched { font-size: 10pt; color: #30343c; margin: 8px 0; }
.markdown-body > :first-child { margin-top: 0; }
.markdown-body pre { white-space: pre-wrap; overflow-wrap: anywhere; background: #f6f7f9; padding: 8px; margin: 6px 0; }
.code-block { margin: 6px 0; border: 1px solid #d5d9e0; border-radius: 4px; background: #f6f7f9; }
.code-block-head { padding: 2px 8px; border-bottom: 1px solid #d5d9e0; color: #545b69; font-size: 8.5pt; font-weight: 600; break-after: avoid; }
.markdown-body .code-block pre { margin: 0; background: none; tab-size: 4; }
.markdown-body code { font: 9.5pt/1.45 ui-monospace, "DejaVu Sans Mono", monospace; }
.markdown-body :not(pre) > code { background: #f6f7f9; padding: 0 3px; border-radius: 3px; }
.markdown-body table { width: auto; }
.markdown-body th, .markdown-body td { border: 1px solid #d5d9e0; }
.markdown-body blockquote { margin: 6px 0; padding-left: 10px; border-left: 3px solid #d5d9e0; color: #30343c; }
.markdown-body .task-list-item { list-style: none; }
.inert-link { text-decoration: underline dotted; color: #545b69; }
.image-placeholder { color: #545b69; font-style: italic; }
.diagram-block { break-inside: avoid; }
.diagram-picture { padding: 6px; text-align: center; }
.diagram-picture img { max-width: 100%; height: auto; }
.diagram-error { padding: 4px 8px; border-bottom: 1px solid #d5d9e0; color: #a40e26; font-size: 9pt; }
.diagram-error p { margin: 0 0 2px; font-weight: 600; }
.markdown-body .diagram-error-detail { display: block; padding: 0; background: none; white-space: pre-wrap; overflow-wrap: anywhere; font-size: 8.5pt; }
/* A picture fits the page's width, keeps its proportions and is never cut across two printed pages. */
.report-plan-chart { margin: 4px 0 8px; break-inside: avoid; }
.report-plan-chart svg { display: block; width: 100%; height: 80px; }
.report-plan-chart rect { fill: #3b6fd4; }
.report-plan-chart figcaption { margin-top: 2px; }
.note-picture { max-width: 100%; height: auto; break-inside: avoid; page-break-inside: avoid; }
${highlightRules(HIGHLIGHT_COLOURS.light)}
`
}
