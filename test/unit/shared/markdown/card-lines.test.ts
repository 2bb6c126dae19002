import { describe, expect, it } from 'vitest'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { NoteMarkdown } from '../../../../src/shared/markdown/NoteMarkdown'
import { parseNoteCards } from '../../../../src/shared/review/note-cards'

// Line breaks between tags left out, so the expected markup reads on one line.
const html = (source: string): string =>
  renderToStaticMarkup(createElement(NoteMarkdown, { source, cards: true })).replace(/\n/g, '')
const inline = (question: string, answer: string): string =>
  `<strong>Question:</strong> ${question}<br/><strong>Answer:</strong> ${answer}`
const card = (question: string, answer: string): string => `<p>${inline(question, answer)}</p>`

describe('card lines in a note drawn for reading', () => {
  it('show a question and its answer, one card per line, the other lines kept as text', () => {
    const source =
      'Intro line\nWhat is a B-tree? :: A balanced search tree\nWhat is *WAL*? :: The log written before the data\nA closing line'
    expect(parseNoteCards(source)).toHaveLength(2)
    expect(html(source)).toBe(
      `<div class="markdown-body"><p>Intro line</p>${card('What is a B-tree?', 'A balanced search tree')}${card('What is <em>WAL</em>?', 'The log written before the data')}<p>A closing line</p></div>`,
    )
  })

  it('take the multi-line form’s answer from the lines below, up to the blank line', () => {
    const source = 'Name the ACID properties ::\nAtomicity, consistency,\nisolation, durability\n\nNext paragraph.'
    expect(html(source)).toContain(
      `${card('Name the ACID properties', 'Atomicity, consistency,<br/>isolation, durability')}`,
    )
    expect(html(source)).toContain('<p>Next paragraph.</p>')
  })

  it('work in list items and leave code, headings and what is no card alone', () => {
    // A tight list's items hold no paragraph.
    expect(html('- Port of HTTPS :: 443')).toBe(
      `<div class="markdown-body"><ul><li>${inline('Port of HTTPS', '443')}</li></ul></div>`,
    )
    const none =
      'std::vector and ::1 stay text\n\n`a :: b`\n\n# Title :: not a card\n\n```\nq :: a\n```\n\nNo answer ::'
    expect(parseNoteCards(none)).toEqual([])
    expect(html(none)).not.toContain('Question:')
  })

  it('are left as written unless asked for', () => {
    expect(renderToStaticMarkup(createElement(NoteMarkdown, { source: 'Q :: A' }))).toBe(
      '<div class="markdown-body"><p>Q :: A</p></div>',
    )
  })
})
