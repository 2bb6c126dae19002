import { describe, expect, it } from 'vitest'
import { ankiField, ankiFile, ankiRows, htmlField, quotedField, type AnkiRow } from '../../../../src/shared/review/anki'
import { curriculumCards } from '../../../../src/shared/curriculum/cards'
import { defaultCurriculum } from '../../../../src/shared/curriculum/default'
import { reviewStateSchema } from '../../../../src/shared/schemas/review'
import { ankiFieldText, readAnkiText } from '../../../support/anki-text-import'

const AWKWARD: AnkiRow[] = [
  {
    guid: 'groundwork-a',
    front: 'Tab\there and "quotes" inside',
    back: 'Line one\nline two\r\nline three',
    tags: ['groundwork'],
  },
  {
    guid: 'groundwork-b',
    front: 'Is 1 < 2 && 3 > 2?',
    back: '<b>not bold</b> &amp; stays text',
    tags: ['groundwork', 'groundwork::dsa'],
  },
  { guid: 'groundwork-c', front: '# looks like a comment', back: 'Ünïcødé — 索引 🚀', tags: ['groundwork'] },
  { guid: 'groundwork-d', front: '"starts with a quote', back: 'ends with a quote"', tags: [] },
]

describe('the Anki text file', () => {
  it('shows a stored picture as an image of its bare file name, the text and the alt escaped', () => {
    const name = `${'b'.repeat(64)}.webp`
    expect(ankiField(`x < y\n![a \\[b\\] & "c"](attachments/${name})!`)).toBe(
      `x &lt; y<br><img src="${name}" alt="a [b] &amp; &quot;c&quot;">!`,
    )
  })

  it('starts with the headers Anki reads: tab separator, HTML, Basic note type, deck, tags and guid columns', () => {
    const file = readAnkiText(ankiFile(AWKWARD))
    expect(file.headers).toEqual({
      separator: 'tab',
      html: 'true',
      notetype: 'Basic',
      deck: 'Groundwork',
      'tags column': '3',
      'guid column': '4',
    })
    expect(file.separator).toBe('\t')
  })

  it('reads back every field as written: tabs, quotes, line breaks, <, &, a leading # and non-ASCII', () => {
    const file = readAnkiText(ankiFile(AWKWARD))
    expect(file.rows).toHaveLength(AWKWARD.length)
    file.rows.forEach((row, i) => {
      const expected = AWKWARD[i]!
      expect(row).toHaveLength(4)
      expect(ankiFieldText(row[0]!, file.html)).toBe(expected.front.replace(/\r\n/g, '\n'))
      expect(ankiFieldText(row[1]!, file.html)).toBe(expected.back.replace(/\r\n/g, '\n'))
      expect(row[2]!.split(' ').filter(Boolean)).toEqual(expected.tags)
      expect(row[3]).toBe(expected.guid)
    })
  })

  it('quotes only the fields that need it and doubles the quotes inside', () => {
    expect(quotedField('plain text')).toBe('plain text')
    expect(quotedField('a\tb')).toBe('"a\tb"')
    expect(quotedField('say "hi"')).toBe('"say ""hi"""')
    expect(quotedField('#tag')).toBe('"#tag"')
    expect(htmlField('a < b & c > d\ne')).toBe('a &lt; b &amp; c &gt; d<br>e')
  })

  it('gives every live card a row with a guid made from its id, tagged by skill and source', () => {
    const review = reviewStateSchema.parse({
      custom: {
        'c-1': { id: 'c-1', skillId: 'apis', front: 'Own', back: 'card', createdAt: '2025-03-01T09:00:00.000Z' },
      },
      noteCards: {
        'nc-1': {
          id: 'nc-1',
          noteId: 'note-1',
          skillId: 'databases',
          front: 'From',
          back: 'note',
          ordinal: 0,
          createdAt: '2025-03-01T09:00:00.000Z',
          updatedAt: '2025-03-01T09:00:00.000Z',
        },
        'nc-2': {
          id: 'nc-2',
          noteId: 'note-1',
          skillId: 'databases',
          front: 'Gone',
          back: 'line',
          ordinal: 1,
          retired: true,
          createdAt: '2025-03-01T09:00:00.000Z',
          updatedAt: '2025-03-01T09:00:00.000Z',
        },
      },
    })
    const curriculum = defaultCurriculum()
    const rows = ankiRows(review, curriculum)
    expect(rows).toHaveLength(curriculumCards(curriculum).length + 2)
    expect(new Set(rows.map((r) => r.guid)).size).toBe(rows.length)
    expect(rows.at(-2)).toEqual({
      guid: 'groundwork-c-1',
      front: 'Own',
      back: 'card',
      tags: ['groundwork', 'groundwork::apis', 'groundwork::own'],
    })
    expect(rows.at(-1)).toEqual({
      guid: 'groundwork-nc-1',
      front: 'From',
      back: 'note',
      tags: ['groundwork', 'groundwork::databases', 'groundwork::note'],
    })
    expect(rows[0]!.tags).toContain('groundwork::curriculum')
    // The whole file parses, one row per card, each guid where the header says.
    const file = readAnkiText(ankiFile(rows))
    expect(file.rows.map((row) => row[Number(file.headers['guid column']) - 1])).toEqual(rows.map((r) => r.guid))
  })
})

describe('the test reader of Anki text files', () => {
  it('follows the manual: quoted fields hold separators and line breaks, doubled quotes are one, # lines are comments', () => {
    const file = readAnkiText(
      '#separator:semicolon\n#html:false\nhello;"this is\na two line; answer"\n# a comment\nfield one;"field two with ""escaped quotes"" inside it"\n',
    )
    expect(file.rows).toEqual([
      ['hello', 'this is\na two line; answer'],
      ['field one', 'field two with "escaped quotes" inside it'],
    ])
  })

  it('refuses what Anki would misread: an unclosed quote, a stray quote, a raw tag or & in an HTML field', () => {
    expect(() => readAnkiText('#separator:tab\n"open\tfield')).toThrow(/never closed/)
    expect(() => readAnkiText('#separator:tab\nsay "hi"\tx')).toThrow(/double quote/)
    expect(() => ankiFieldText('a <b>b</b>', true)).toThrow(/tag/)
    expect(() => ankiFieldText('a & b', true)).toThrow(/bare &/)
  })
})
