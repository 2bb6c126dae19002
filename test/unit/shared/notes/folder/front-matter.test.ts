import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  noteFileText,
  parseNoteFile,
  stringField,
  type NoteFrontMatter,
} from '../../../../../src/shared/notes/folder/front-matter'

const FRONT: NoteFrontMatter = {
  id: 'note-1',
  skill: 'databases',
  title: 'Joins: inner & outer',
  created: '2026-11-20T10:00:00.000Z',
  updated: '2026-11-21T08:30:00.000Z',
}

describe('writing a note file', () => {
  it('puts quoted front matter between --- lines, a blank line, then the body as it is', () => {
    expect(noteFileText(FRONT, '# Joins\n\n[[Indexes]] help.\n')).toBe(
      '---\nid: "note-1"\nskill: "databases"\ntitle: "Joins: inner & outer"\ncreated: "2026-11-20T10:00:00.000Z"\nupdated: "2026-11-21T08:30:00.000Z"\n---\n\n# Joins\n\n[[Indexes]] help.\n',
    )
  })
})

describe('reading a note file back', () => {
  it('gives back every field and the exact body it was written with', () => {
    const parsed = parseNoteFile(noteFileText(FRONT, 'Body'))
    expect(parsed).toEqual({ kind: 'front-matter', fields: { ...FRONT }, body: 'Body' })
  })

  it('round-trips any title and body', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.string({ maxLength: 500 }), (title, body) => {
        const parsed = parseNoteFile(noteFileText({ ...FRONT, title }, body))
        expect(parsed.kind).toBe('front-matter')
        if (parsed.kind !== 'front-matter') return
        expect(stringField(parsed.fields, 'title')).toBe(title)
        expect(parsed.body).toBe(body)
      }),
      { numRuns: 300 },
    )
  })

  it('reads a file without front matter as plain Markdown', () => {
    expect(parseNoteFile('# Just a note\n\n---\n\nmore')).toEqual({
      kind: 'plain',
      body: '# Just a note\n\n---\n\nmore',
    })
    expect(parseNoteFile('')).toEqual({ kind: 'plain', body: '' })
  })

  it('takes dates and numbers as the text they are, and other keys as they come', () => {
    const parsed = parseNoteFile('---\ncreated: 2026-01-02\ncount: 12\ntags:\n  - sql\n  - joins\n---\nText')
    expect(parsed).toEqual({
      kind: 'front-matter',
      fields: { created: '2026-01-02', count: '12', tags: ['sql', 'joins'] },
      body: 'Text',
    })
    if (parsed.kind === 'front-matter') expect(stringField(parsed.fields, 'tags')).toBeUndefined()
  })

  it('accepts Windows line ends, a byte order mark and empty front matter', () => {
    expect(parseNoteFile('\ufeff---\r\ntitle: Win\r\n---\r\n\r\nBody\r\n')).toEqual({
      kind: 'front-matter',
      fields: { title: 'Win' },
      body: 'Body\r\n',
    })
    expect(parseNoteFile('---\n---\nBody')).toEqual({ kind: 'front-matter', fields: {}, body: 'Body' })
  })

  it('calls front matter broken when it is never closed, is not YAML, repeats a key or is not a map', () => {
    expect(parseNoteFile('---\ntitle: Open\n\nBody')).toEqual({
      kind: 'broken',
      reason: 'its front matter has no closing --- line',
    })
    const bad = parseNoteFile('---\ntitle: "unclosed\n---\nBody')
    expect(bad.kind).toBe('broken')
    expect(bad.kind === 'broken' && bad.reason).toMatch(/^its front matter cannot be read: .+/)
    const twice = parseNoteFile('---\nid: a\nid: b\n---\n')
    expect(twice.kind === 'broken' && twice.reason).toMatch(/duplicated mapping key \(line 3\)/)
    expect(parseNoteFile('---\n- a\n- b\n---\n')).toEqual({
      kind: 'broken',
      reason: 'its front matter is not a list of key: value lines',
    })
    expect(parseNoteFile('---\njust text\n---\n')).toEqual({
      kind: 'broken',
      reason: 'its front matter is not a list of key: value lines',
    })
  })

  it('does not let a __proto__ key reach the prototype', () => {
    const parsed = parseNoteFile('---\n__proto__: polluted\ntitle: T\n---\n')
    expect(parsed.kind).toBe('front-matter')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    if (parsed.kind === 'front-matter') expect(stringField(parsed.fields, 'title')).toBe('T')
  })
})
