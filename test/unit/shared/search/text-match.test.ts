import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { highlightParts, snippetAround, tokenize } from '../../../../src/shared/search/text-match'

describe('tokenize', () => {
  it('splits on anything but letters and digits, in lowercase', () => {
    expect(tokenize('PostgreSQL, `JSON`-APIs & C# café 42')).toEqual(['postgresql', 'json', 'apis', 'c', 'café', '42'])
  })
})

describe('highlightParts', () => {
  it('marks whole words that match, in any case', () => {
    expect(highlightParts('Index the SQL table; sqlite is not sql.', ['sql'])).toEqual([
      { text: 'Index the ', match: false },
      { text: 'SQL', match: true },
      { text: ' table; sqlite is not ', match: false },
      { text: 'sql', match: true },
      { text: '.', match: false },
    ])
  })

  it('leaves text without matches in one plain part', () => {
    expect(highlightParts('nothing here', ['zebra'])).toEqual([{ text: 'nothing here', match: false }])
    expect(highlightParts('', ['x'])).toEqual([])
  })

  it('always joins back to the original text', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.string({ minLength: 1, maxLength: 4 })), (text, terms) => {
        return (
          highlightParts(text, terms)
            .map((part) => part.text)
            .join('') === text
        )
      }),
    )
  })
})

describe('snippetAround', () => {
  const long = `${'alpha beta gamma '.repeat(30)}the needle sits here ${'delta epsilon '.repeat(30)}`

  it('cuts around the first matched word with ellipses', () => {
    const snippet = snippetAround(long, ['needle'])
    expect(snippet).toContain('needle')
    expect(snippet.startsWith('…')).toBe(true)
    expect(snippet.endsWith('…')).toBe(true)
    expect(snippet.length).toBeLessThanOrEqual(165)
  })

  it('centres on a whole word in any case and script, never on the same letters inside a longer word', () => {
    const gap = ' and so on '.repeat(4)
    const around = (before: string, after: string, terms: string[]): string =>
      snippetAround(`${'lorem ipsum '.repeat(12)}${before}${gap}${after}${gap}`, terms, 40)
    const cases: Array<[string, string, string]> = [
      ['indexes', 'an INDEX scan', 'index'],
      ['xcafé', 'café au lait', 'café'],
      ['𝒜cache', 'cache hit', 'cache'],
      // İ lowercases to two characters, so positions are found word by word instead.
      ['İİ strasse', 'straße here', 'straße'],
    ]
    for (const [before, after, term] of cases) {
      const snippet = around(before, after, [term])
      expect(snippet).toContain(after)
      expect(snippet).not.toContain(before)
    }
  })

  it('finds a word anywhere in a long note, also one lying across the edge of a window it is lowercased in', () => {
    // The note is lowercased in growing windows (512, 1024, ...): put the word at and around their edges.
    for (const at of [0, 3, 505, 509, 511, 512, 513, 1530, 1535, 1536, 3580, 20_000]) {
      const text = `${'x'.repeat(at)} Needle${' filler'.repeat(3000)}`.slice(0, Math.max(at + 50, 20_100))
      const snippet = snippetAround(text, ['needle'], 40)
      expect(snippet, `word at ${at}`).toContain('Needle')
    }
    // A longer word holding the term at an edge is not a match; the whole word after it is.
    const tricky = `${'y'.repeat(508)}Needles ${'z '.repeat(400)}needle end`
    expect(snippetAround(tricky, ['needle'], 30)).toContain('needle end')
  })

  it('starts at the beginning when nothing matches, and drops Markdown marks', () => {
    expect(snippetAround('# Title\n\n**bold** `code`', [])).toBe('Title bold code')
  })

  it('shows a note link as the name it shows, and leaves no bracket of a link the cut split', () => {
    expect(snippetAround('Retry with [[Idempotency keys]] and see [[HTTP methods|the verbs]].', ['retry'])).toBe(
      'Retry with Idempotency keys and see the verbs.',
    )
    expect(snippetAround('See [the docs](https://example.org) first.', [])).toBe('See the docs first.')
    const cut = snippetAround(`${'word '.repeat(40)}[[Idempotency keys]] needle ${'tail '.repeat(40)}`, ['needle'], 40)
    expect(cut).toContain('needle')
    expect(cut).not.toMatch(/[[\]|]/)
  })
})
