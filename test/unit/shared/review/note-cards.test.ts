import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { parseNoteCards, parseNoteCardsWhole } from '../../../../src/shared/review/note-cards'

const PICTURE = `${'a'.repeat(64)}.png`

describe('cards written inside a note', () => {
  it('keeps a stored picture in a card as its link, and any other image as its alt text', () => {
    expect(
      parseNoteCards(`What does it show? :: ![a plan](attachments/${PICTURE}) and ![web](https://example.com/x.png)`),
    ).toEqual([{ front: 'What does it show?', back: `![a plan](attachments/${PICTURE}) and web` }])
  })

  it('makes a card of each "Question :: Answer" line, trimmed, in order', () => {
    expect(
      parseNoteCards(
        '# Databases\n\nWhat is a primary key? :: A column that identifies each row\n\nSome prose.\n\nWhat is an index ::   A lookup structure  ',
      ),
    ).toEqual([
      { front: 'What is a primary key?', back: 'A column that identifies each row' },
      { front: 'What is an index', back: 'A lookup structure' },
    ])
  })

  it('reads several card lines of one paragraph and lines in lists and quotes', () => {
    expect(
      parseNoteCards(
        'TCP :: reliable stream\nUDP :: datagrams\n\n- GET :: reads\n- POST :: creates\n\n> 404 :: not found',
      ),
    ).toEqual([
      { front: 'TCP', back: 'reliable stream' },
      { front: 'UDP', back: 'datagrams' },
      { front: 'GET', back: 'reads' },
      { front: 'POST', back: 'creates' },
      { front: '404', back: 'not found' },
    ])
  })

  it('takes the lines after a question ending in "::" as its answer, up to a blank line', () => {
    const note =
      'What does ACID stand for? ::\nAtomicity,\nconsistency, isolation\nand durability\n\nA later paragraph :: with its own card'
    expect(parseNoteCards(note)).toEqual([
      { front: 'What does ACID stand for?', back: 'Atomicity,\nconsistency, isolation\nand durability' },
      { front: 'A later paragraph', back: 'with its own card' },
    ])
  })

  it('never makes a card from a fenced or indented code block', () => {
    const note = '```cpp\nstd :: vector<int> v;\nQ :: A\n```\n\n    indented :: code\n\n~~~\nx :: y\n~~~'
    expect(parseNoteCards(note)).toEqual([])
  })

  it('keeps "::" inside inline code whole and splits only at a "::" outside it', () => {
    expect(parseNoteCards('`a :: b` is what?')).toEqual([])
    expect(parseNoteCards('What does `Foo :: bar` call? :: The bar function of Foo')).toEqual([
      { front: 'What does `Foo :: bar` call?', back: 'The bar function of Foo' },
    ])
  })

  it('needs white space around "::", so C++ names and IPv6 addresses are text', () => {
    expect(parseNoteCards('Use std::vector for a growable array.\n\nLocalhost is ::1 in IPv6.')).toEqual([])
  })

  it('flattens emphasis and links to their text and ignores headings and tables', () => {
    expect(
      parseNoteCards(
        '## Heading :: not a card\n\n| a :: b | c |\n| - | - |\n| d :: e | f |\n\nWhat is **[REST](https://example.com)**? :: *Representational* state transfer',
      ),
    ).toEqual([{ front: 'What is REST?', back: 'Representational state transfer' }])
  })

  it('skips a line with an empty side or a side over the card limit', () => {
    expect(parseNoteCards(':: no question\n\nno answer ::\n\nfine :: yes')).toEqual([{ front: 'fine', back: 'yes' }])
    expect(parseNoteCards(`${'x'.repeat(1001)} :: too long`)).toEqual([])
  })

  it('keeps non-ASCII text as it is', () => {
    expect(parseNoteCards('Qu’est-ce qu’un index ? :: Une structure de recherche — 索引')).toEqual([
      { front: 'Qu’est-ce qu’un index ?', back: 'Une structure de recherche — 索引' },
    ])
  })
})

describe('parsing a long note in runs of blocks', () => {
  // Lines that make Markdown's block structure hard: fences of both kinds and lengths, indented
  // code, list items and their continuations, quotes, tables, headings, blank lines, definitions.
  const LINES = [
    'Q :: A',
    'ans ::',
    'more answer',
    '',
    '',
    '```',
    '````',
    '~~~',
    '```js',
    '  ```',
    '    code :: x',
    '  cont :: y',
    '- item :: z',
    '1. first :: one',
    '> quote :: q',
    '| a :: b |',
    '| - |',
    'Title',
    '---',
    'plain text',
    '`a :: b` inline',
    '<div>',
    '  - nested :: n',
    '\tTabbed :: t',
    '>',
    '   ```',
    '<!--',
    '-->',
    '* star :: s',
    '    ```',
    'x ::\n\ny',
    '[ref]: https://example.com',
    'Q :: [A][ref]',
    '<?php',
    '?>',
    '~~~ x',
    '\u00a0',
    '  ',
  ]

  it('reads a reference link as its text even when it is defined far below the card', () => {
    const note = 'What is an index? :: See [the docs][pg]\n\nMore prose.\n\n[pg]: https://www.postgresql.org/docs/'
    expect(parseNoteCards(note)).toEqual([{ front: 'What is an index?', back: 'See the docs' }])
  })

  it('reads a line of no-break spaces as text, not as the blank line that ends an answer', () => {
    expect(parseNoteCards('Q ::\n\u00a0\nanswer')).toEqual([{ front: 'Q', back: 'answer' }])
  })

  it('takes a fence right after an HTML line for text of the HTML block, as the preview does', () => {
    const note = '<div>\n```\n\n```\ncode\n\nQ :: A'
    expect(parseNoteCards(note)).toEqual(parseNoteCardsWhole(note))
  })

  it('finds the same cards as parsing the whole note at once, whatever its blocks', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LINES), { maxLength: 40 }), (lines) => {
        const note = lines.join('\n')
        expect(parseNoteCards(note)).toEqual(parseNoteCardsWhole(note))
      }),
      // 6,000 runs found no difference; the suite keeps a quicker 500 (seconds on a busy 2-core machine).
      { numRuns: 500 },
    )
  }, 30_000)
})
