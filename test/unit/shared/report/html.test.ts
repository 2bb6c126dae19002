import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { Window } from 'happy-dom'
import { escapeHtml, renderHtml } from '../../../../src/shared/report/html'
import { cssString } from '../../../../src/shared/report/html-style'
import { buildReport } from '../../../../src/shared/report/model'
import { reportSourceOf } from '../../../../src/shared/report/source'
import { EVIDENCE_TITLE, optionsWith, richState, CONTEXT } from '../../../support/report-fixture'

function parseHtml(html: string) {
  const window = new Window()
  window.document.write(html)
  return window.document
}

describe('escapeHtml', () => {
  it('turns any text into inert text that reads back the same, in content and attributes', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (raw) => {
        const doc = parseHtml(`<!doctype html><body><p title="${escapeHtml(raw)}">${escapeHtml(raw)}</p></body>`)
        const p = doc.querySelector('p')
        expect(p?.children.length).toBe(0)
        expect(p?.getAttribute('title')).toBe(raw)
        expect(p?.textContent).toBe(raw.replace(/\r\n?/g, '\n'))
      }),
      { numRuns: 300 },
    )
  })

  it('escapes CSS strings so a title cannot close the rule', () => {
    expect(cssString('a"b\\c\nd')).toBe('"a\\"b\\\\c d"')
  })
})

describe('renderHtml', () => {
  const html = renderHtml(buildReport(reportSourceOf(richState(), CONTEXT), optionsWith({ notes: 'full' }), CONTEXT))
  const doc = parseHtml(html)

  it('matches the reviewed golden file', async () => {
    await expect(html).toMatchFileSnapshot('golden/report.html')
  })

  it('is standalone: inline styles in the head, no scripts, nothing remote', () => {
    expect(doc.querySelectorAll('script')).toHaveLength(0)
    expect(doc.head.querySelector('style')?.textContent).toContain('@page')
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toContain(
      "default-src 'none'",
    )
    expect(html).not.toMatch(/<script|<link/i)
    expect(doc.querySelectorAll('[src], img, iframe, object, embed, svg')).toHaveLength(0)
  })

  it('has a header with the generation date and forces no section onto a new page', () => {
    expect(doc.querySelector('header time')?.textContent).toBe('25 Nov 2026')
    expect(doc.querySelector('style')?.textContent).toContain('"25 Nov 2026"')
    // A forced break leaves the rest of the page before it empty; sections flow on instead.
    expect(doc.querySelector('style')?.textContent).not.toMatch(/break-(before|after):\s*(page|always)/)
    expect(doc.querySelector('style')?.textContent).toMatch(/orphans: 3; widows: 3/)
  })

  it('names each section after its title, under one h1 and one h2 per section', () => {
    const sections = [...doc.querySelectorAll('main > section')]
    expect(sections.map((s) => s.getAttribute('aria-label'))).toEqual([
      'Overall progress',
      'Progress by category',
      'Level readiness and goals',
      'Skills',
      'Frameworks',
      'Evidence',
      'Study activity',
      'Notes',
    ])
    expect(sections.map((s) => s.querySelector('h2')?.textContent)).toEqual(
      sections.map((s) => s.getAttribute('aria-label')),
    )
    expect([...doc.querySelectorAll('h1')].map((h) => h.textContent)).toEqual(['Groundwork progress report'])
    expect(doc.querySelectorAll('h2')).toHaveLength(sections.length)
  })

  it('renders a note full of HTML and Markdown as Markdown below the note heading, its raw HTML as text', () => {
    const note = doc.querySelectorAll('article.report-note')[0]
    expect(note?.querySelector('h3')?.textContent).toBe('Databases: Indexes | joins, "quotes" & <b>tags</b> *stars*')
    // The note's "# ..." sits under the note's own h3, not beside the report's title.
    expect(
      [
        ...(note?.querySelectorAll('.markdown-body h1, .markdown-body h2, .markdown-body h3, .markdown-body h4') ?? []),
      ].map((h) => [h.tagName, h.textContent]),
    ).toEqual([['H4', 'Not a heading of the report']])
    // The fence is highlighted (spans with highlight.js classes, coloured by the page's stylesheet) under its language's label.
    const code = note?.querySelector('.code-block pre > code.language-javascript.hljs')
    expect(code?.textContent).toBe('const x = `tick` // a fence inside')
    expect([...(code?.querySelectorAll('span') ?? [])].map((span) => [span.className, span.textContent])).toEqual([
      ['hljs-keyword', 'const'],
      ['hljs-string', '`tick`'],
      ['hljs-comment', '// a fence inside'],
    ])
    expect(note?.querySelector('.code-block-head')?.textContent).toBe('JavaScript')
    expect(note?.querySelectorAll('.code-block button')).toHaveLength(0)
    expect(doc.querySelector('style')?.textContent).toContain(
      '.hljs-keyword, .hljs-selector-tag, .hljs-doctag { color: #b3195a; }',
    )
    expect(note?.querySelector('.markdown-body table td')?.textContent).toBe('=SUM(A1:A9), "quoted", comma')
    expect(note?.querySelector('.markdown-body .task-list-item')?.textContent?.trim()).toBe('fake task')
    expect(note?.textContent).toContain('<script>alert("x")</script> & <b>bold</b>')
    expect(note?.querySelectorAll('b, script')).toHaveLength(0)
    expect(doc.querySelectorAll('article.report-note')[1]?.querySelector('.markdown-body p')?.textContent).toBe(
      'Status codes: 200, 201, 404.\nPUT is idempotent; POST is not.',
    )
  })

  it('links only http(s) addresses in a note, never raw HTML, and shows images as placeholders', () => {
    const state = richState()
    state.notes['api-old']!.body =
      '[web](https://example.org/a) [js](javascript:top.__xss=1) <a href="https://example.org/raw">raw</a> ![pic](https://example.org/p.png)\n\n[ref]\n\n[ref]: javascript:top.__xss=1'
    const page = parseHtml(
      renderHtml(
        buildReport(
          reportSourceOf(state, CONTEXT),
          optionsWith({ notes: 'full', include: { evidence: false } }),
          CONTEXT,
        ),
      ),
    )
    const note = page.querySelectorAll('article.report-note')[1]
    expect(
      [...page.querySelectorAll('[href]')].map((a) => [a.getAttribute('href'), a.getAttribute('rel'), a.textContent]),
    ).toEqual([['https://example.org/a', 'noopener noreferrer', 'web']])
    expect(note?.textContent).toContain('js <a href="https://example.org/raw">raw</a> [image: pic]')
    expect(page.querySelectorAll('img, [src]')).toHaveLength(0)
  })

  it('shows the figures of every skill', () => {
    const rows = [...doc.querySelectorAll('section.report-section-skills > table tbody tr')].map((tr) =>
      [...tr.querySelectorAll('td')].map((td) => td.textContent),
    )
    expect(rows).toHaveLength(15)
    expect(rows[1]).toEqual(['Databases', 'Technical skills', 'Learning', '43%', '3/5'])
    expect(doc.querySelector('.report-section-overview .report-big')?.textContent).toBe('17%')
  })

  it('shows the readiness of each level with its, explanation, target date and goals, own goals as text', () => {
    const levels = [...doc.querySelectorAll('.report-section-levels .report-level')]
    expect(levels.map((l) => l.querySelector('h3')?.textContent)).toEqual([
      'Entry level: 42% ready (current level)',
      'Mid level: 11% ready',
      'Senior level: 15% ready',
    ])
    expect(levels[0]?.textContent).toContain('3 of 10 goals ticked')
    expect(levels[0]?.textContent).toContain('Target date 31 Dec 2026 (36 days left).')
    expect(levels[1]?.textContent).toContain('Target date 1 Nov 2026 (24 days overdue).')
    const own = [...(levels[0]?.querySelectorAll('li') ?? [])].slice(-2)
    expect(own.map((li) => [li.className, li.textContent])).toEqual([
      ['report-done', 'Ship a side project <b>& tell</b> people (your own goal)'],
      ['', 'Pair with a senior | weekly (your own goal)'],
    ])
    expect(doc.querySelectorAll('.report-section-levels b')).toHaveLength(0)
  })

  it('lists marked frameworks and the study minutes', () => {
    const cells = (selector: string) =>
      [...doc.querySelectorAll(selector)].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent))
    expect(cells('.report-section-frameworks tbody tr')).toEqual([
      ['Django', 'Used'],
      ['Express', 'Learning'],
    ])
    expect(doc.querySelector('.report-section-activity p')?.textContent).toBe(
      'Total: 2 h 25 min over 3 days. Current streak: 2 days (longest 2; a day counts from 15 min).',
    )
    expect(cells('.report-section-activity table:nth-of-type(2) tbody tr')).toEqual([
      ['Databases', '1 h 30 min'],
      ['APIs', '40 min'],
      ['Communication', '15 min'],
    ])
  })

  it('links evidence only to http(s) addresses and shows every title as text', () => {
    const links = [...doc.querySelectorAll('.report-section-evidence a')]
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      'https://github.com/learner/shop-db?tab=readme&x="1"',
      'https://example.org/rest-notes',
    ])
    expect(links[0]?.textContent).toBe(`${EVIDENCE_TITLE} https://github.com/learner/shop-db?tab=readme&x="1"`)
    expect(doc.querySelectorAll('[href]')).toHaveLength(2)
    expect(doc.querySelector('.report-section-evidence')?.textContent).toContain(
      'Odd imported link javascript:top.__xss=1 (Other, added 23 Nov 2026)',
    )
  })
})
