import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { Window } from 'happy-dom'
import { escapeHtml, renderHtml } from '../../../../src/shared/report/html'
import { cssString } from '../../../../src/shared/report/html-style'
import { buildReport } from '../../../../src/shared/report/model'
import { reportSourceOf } from '../../../../src/shared/report/source'
import { NASTY_BODY, NOW, optionsWith, seededState } from '../../../support/report-fixture'

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
  const html = renderHtml(buildReport(reportSourceOf(seededState()), optionsWith({ notes: 'full' }), NOW))
  const doc = parseHtml(html)

  it('matches the reviewed golden file', async () => {
    await expect(html).toMatchFileSnapshot('golden/report.html')
  })

  it('is standalone: inline styles in the head, no scripts, nothing remote', () => {
    expect(doc.querySelectorAll('script')).toHaveLength(0)
    expect(doc.head.querySelector('style')?.textContent).toContain('@page')
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toContain("default-src 'none'")
    expect(html).not.toMatch(/<script|<link|src=|href=/i)
  })

  it('has a header with the generation date and page breaks before long sections', () => {
    expect(doc.querySelector('header time')?.textContent).toBe('25 November 2026')
    expect(doc.querySelector('style')?.textContent).toContain('"25 November 2026"')
    expect([...doc.querySelectorAll('section.page-break')].map((s) => s.className)).toEqual(['section-skills page-break', 'section-notes page-break'])
  })

  it('shows a note full of HTML and Markdown as its literal text', () => {
    const notes = doc.querySelectorAll('article.note')
    expect(notes[0]?.querySelector('h3')?.textContent).toBe('Databases: Indexes | joins, "quotes" & <b>tags</b> *stars*')
    // Browsers drop the newline right after <pre>; happy-dom keeps it.
    expect(notes[0]?.querySelector('pre')?.textContent?.replace(/^\n/, '')).toBe(NASTY_BODY)
    expect(notes[0]?.querySelectorAll('b')).toHaveLength(0)
  })

  it('shows the figures of every skill', () => {
    const rows = [...doc.querySelectorAll('section.section-skills tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent))
    expect(rows).toHaveLength(15)
    expect(rows[1]).toEqual(['Databases', 'Technical skills', 'Learning', '43%', '3/5'])
    expect(doc.querySelector('.section-overview .big')?.textContent).toBe('17%')
  })
})
