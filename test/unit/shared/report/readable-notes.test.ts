import { describe, expect, it } from 'vitest'
import { Window } from 'happy-dom'
import { renderHtml } from '../../../../src/shared/report/html'
import { renderMarkdown } from '../../../../src/shared/report/markdown'
import { renderCsv } from '../../../../src/shared/report/csv'
import { buildReport } from '../../../../src/shared/report/model'
import { reportSourceOf } from '../../../../src/shared/report/source'
import type { AppState } from '../../../../src/shared/model'
import { optionsWith, seededState, CONTEXT } from '../../../support/report-fixture'

/** A note written as learners write them: a heading, wiki links, card lines of both forms, code that only looks like a card. */
const STUDY_NOTE = [
  '# Isolation levels',
  '',
  'See [[Transactions]] and [[query-plans|reading query plans]].',
  '',
  '`a :: b` is code.',
  '',
  '<img src=x onerror=alert(1)>',
  '',
  'What does READ COMMITTED prevent? :: Dirty reads',
  'Which level stops phantoms ::',
  'Serializable,',
  'at a cost.',
].join('\n')

function stateWithNote(): AppState {
  const state = seededState()
  state.notes = {
    iso: {
      id: 'iso',
      skillId: 'databases',
      title: 'Isolation',
      body: STUDY_NOTE,
      createdAt: '2026-11-19T08:00:00.000Z',
      updatedAt: '2026-11-24T08:00:00.000Z',
    },
  }
  return state
}

function notesOf(html: string) {
  const window = new Window()
  window.document.write(html)
  const notes = window.document.querySelector('.report-section-notes')
  if (!notes) throw new Error('no notes section')
  return notes
}

describe.each(['excerpt', 'full'] as const)('a note in the HTML report (%s)', (mode) => {
  // The note is short enough that its excerpt is all of it.
  const html = renderHtml(buildReport(reportSourceOf(stateWithNote(), CONTEXT), optionsWith({ notes: mode }), CONTEXT))
  const notes = notesOf(html)
  const text = notes.textContent ?? ''

  it('shows its headings as headings, below the note’s own, with no # left', () => {
    expect(notes.querySelector('h4')?.textContent).toBe('Isolation levels')
    expect(text).not.toContain('#')
  })

  it('shows [[links]] as their names or labels, never as brackets or live links', () => {
    const inert = [...notes.querySelectorAll('.inert-link')].map((link) => link.textContent)
    expect(inert).toEqual(['Transactions', 'reading query plans'])
    expect(text).not.toContain('[[')
    expect(notes.querySelectorAll('a')).toHaveLength(0)
  })

  it('shows card lines as a question and its answer, in both forms', () => {
    const cards = [...notes.querySelectorAll('p')]
      .filter((p) => p.querySelector('strong')?.textContent === 'Question:')
      .map((p) => p.textContent?.replace(/\s+/g, ' '))
    expect(cards).toEqual([
      'Question: What does READ COMMITTED prevent? Answer: Dirty reads',
      'Question: Which level stops phantoms Answer: Serializable, at a cost.',
    ])
    expect(text.replace('a :: b', '')).not.toMatch(/\s::(\s|$)/m)
    // Inline code is not a card line.
    expect(notes.querySelector('code')?.textContent).toBe('a :: b')
  })

  it('keeps raw HTML from the note as text', () => {
    expect(notes.querySelector('img')).toBeNull()
    expect(text).toContain('<img src=x onerror=alert(1)>')
  })
})

describe('a long note as an excerpt', () => {
  it('keeps its first whole blocks, formatted, and says it goes on', () => {
    const state = stateWithNote()
    state.notes.iso!.body = `${STUDY_NOTE}\n\n${'More detail follows here. '.repeat(40)}`
    const notes = notesOf(renderHtml(buildReport(reportSourceOf(state, CONTEXT), optionsWith(), CONTEXT)))
    const excerpt = notes.querySelector('blockquote.report-excerpt')
    expect(excerpt?.querySelector('h4')?.textContent).toBe('Isolation levels')
    expect(excerpt?.textContent).not.toContain('More detail')
    expect(excerpt?.lastElementChild?.textContent).toBe('…')
  })
})

describe('sub-topics not started', () => {
  const source = reportSourceOf(seededState(), CONTEXT)

  it('are folded into a count per skill, and skills with nothing ticked share one line', () => {
    const report = buildReport(source, optionsWith(), CONTEXT)
    const window = new Window()
    window.document.write(renderHtml(report))
    const skills = window.document.querySelector('.report-section-skills')
    const databases = [...(skills?.querySelectorAll('.report-subtopics') ?? [])].find((part) =>
      part.querySelector('h4')?.textContent?.startsWith('Databases'),
    )
    expect([...(databases?.querySelectorAll('li') ?? [])].map((li) => li.className)).toEqual([
      'report-done',
      'report-done',
      'report-done',
    ])
    expect(databases?.querySelector('.report-meta')?.textContent).toBe('4 sub-topics not started')
    expect(skills?.querySelector('.report-untouched')?.textContent).toMatch(
      /^63 sub-topics not started in 13 skills with nothing ticked yet: APIs, Security awareness, .*Adapting to new technology\.$/,
    )
    expect(skills?.querySelectorAll('li:not(.report-done)')).toHaveLength(0)

    const markdown = renderMarkdown(report).split('## Skills')[1]?.split('\n## ')[0] ?? ''
    expect(markdown).toContain('- [x] Indexes and why queries get slow\n\n_4 sub-topics not started_')
    expect(markdown).not.toContain('- [ ]')
    expect(markdown).toContain('63 sub-topics not started in 13 skills with nothing ticked yet: APIs,')
  })

  it('are listed one by one when the learner asks for them', () => {
    const report = buildReport(source, optionsWith({ include: { notStartedSubtopics: true } }), CONTEXT)
    const window = new Window()
    window.document.write(renderHtml(report))
    expect(window.document.querySelectorAll('.report-section-skills li:not(.report-done)')).toHaveLength(71)
    expect(window.document.querySelector('.report-untouched')).toBeNull()
    expect(renderMarkdown(report)).toContain('- [ ] Transactions and ACID guarantees')
  })

  it('stay complete in the CSV either way', () => {
    const folded = renderCsv(buildReport(source, optionsWith(), CONTEXT))
    const listed = renderCsv(buildReport(source, optionsWith({ include: { notStartedSubtopics: true } }), CONTEXT))
    expect(folded).toBe(listed)
    expect(folded).toContain('Databases,Technical skills,Learning,43,3,3,7,')
  })
})
