import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { linkKey, wikiHref, wikiTargetOf } from '../../../../src/shared/links/link-names'
import { parseWikiLinks, renameWikiLinks, wikiLinkTargets } from '../../../../src/shared/links/wiki-links'

const targets = (source: string): string[] => parseWikiLinks(source).map((link) => link.target)

describe('parsing [[links]] in a note', () => {
  it('finds links to skills and notes, with and without an alias, and where each one is', () => {
    const source = 'See [[APIs]] and [[REST verbs|the verbs]].\n\n- also [[ Caching ]]'
    const links = parseWikiLinks(source)
    expect(links.map(({ target, alias }) => [target, alias])).toEqual([
      ['APIs', undefined],
      ['REST verbs', 'the verbs'],
      ['Caching', undefined],
    ])
    for (const link of links) expect(source.slice(link.start, link.end)).toMatch(/^\[\[.*\]\]$/)
  })

  it('does not take [[ inside inline code, a fenced code block or a link for a link', () => {
    const source = [
      '`[[inline]]` and [[Real]]',
      '',
      '```',
      'matrix[[0]] = [[Fenced]]',
      '```',
      '',
      '    [[Indented code]]',
      '',
      '[text [[in a link]]](https://example.com)',
    ].join('\n')
    expect(targets(source)).toEqual(['Real'])
  })

  it('ignores empty and unclosed links and links across lines', () => {
    expect(targets('[[]] [[ ]] [[open and [[no\nclose]] [[ok]]')).toEqual(['ok'])
  })

  it('compares names without case or extra spaces', () => {
    expect(linkKey('  REST   Verbs ')).toBe(linkKey('rest verbs'))
  })

  it('round-trips a target through the preview href, and refuses other hrefs', () => {
    expect(wikiTargetOf(wikiHref('C# & "quotes"/x'))).toBe('C# & "quotes"/x')
    expect(wikiTargetOf('https://example.com')).toBeNull()
    expect(wikiTargetOf('#wiki:%E0%A4%A')).toBeNull()
  })
})

describe('renaming the target of links', () => {
  it('rewrites each link to the old name, keeps aliases, and leaves code and other links alone', () => {
    const source = 'A [[Old title]] b [[old TITLE|alias]] c [[Other]]\n\n```\n[[Old title]]\n```\n`[[Old title]]`'
    expect(renameWikiLinks(source, 'Old title', 'New title')).toBe(
      'A [[New title]] b [[New title|alias]] c [[Other]]\n\n```\n[[Old title]]\n```\n`[[Old title]]`',
    )
  })

  it('rewrites links on the later lines of a list item or a quote, where the parser drops the indent or the >', () => {
    const source =
      '- first line\n  see [[Old]]\n\n> quoted\n> and [[Old|alias]]\n\nA paragraph\n   with [[old]] indented'
    expect(renameWikiLinks(source, 'Old', 'New')).toBe(
      '- first line\n  see [[New]]\n\n> quoted\n> and [[New|alias]]\n\nA paragraph\n   with [[New]] indented',
    )
  })

  it('rewrites a link after an escaped bracket, and rewrites nothing it cannot place (an entity that reads as a bracket)', () => {
    expect(renameWikiLinks('\\[[Old]] and [[Old]]', 'Old', 'New')).toBe('\\[[New]] and [[New]]')
    expect(renameWikiLinks('&#91;[Old]] and [[Old]]', 'Old', 'New')).toBe('&#91;[Old]] and [[Old]]')
  })

  it('leaves a note without such links exactly as it was', () => {
    const source = 'Nothing to see [[Else]]'
    expect(renameWikiLinks(source, 'Old', 'New')).toBe(source)
  })
})

describe("reading the targets of a note's links without parsing all of it", () => {
  const whole = (source: string): string[] => parseWikiLinks(source).map((link) => link.target)

  it('finds the links of plain runs, skips code blocks, and leaves what Markdown changes to the parser', () => {
    const source = [
      'Intro [[A]] and [[B|bee]].',
      '',
      '```',
      '[[In code]]',
      '```',
      '',
      '*x [[c*d]] y*',
      '',
      '`[[inline]]` [[E]]',
      '',
      '| [[F|f]] | g |',
      '| - | - |',
    ].join('\n')
    expect(wikiLinkTargets(source)).toEqual(['A', 'B', 'E', 'F'])
    expect(wikiLinkTargets(source)).toEqual(whole(source))
  })

  it('agrees with the parser where Markdown gives [[...]] another meaning', () => {
    const notes = [
      'Title\n~~~\n[[In a fence after a paragraph]]\n~~~',
      'see https://x.com/[[Glued to a URL]] and www.[[Glued]].com',
      'a [[T|a]] b\n---|---',
      '- item\n\n      [[Indented code in a list item]]',
      '>     [[Indented code in a quote]]',
      '*x [[a*b]] y*',
      '[[&amp;]]',
      '[[a\\|b]]',
      '[[me@example.com]]',
      '[[www.example.com]]',
      '[[https://example.com]]',
      '<div>\n[[In an HTML block]]',
      '<div>\n```\n\n```\ncode\n\n[[In a fence opened after the HTML block]]',
      '```\nmatrix[[0]]\n```\n[[Right after a fence]]',
      '[[[Link text]]](https://example.com)',
    ]
    for (const note of notes) expect(wikiLinkTargets(note)).toEqual(whole(note))
  })

  it('parses the whole note when a definition elsewhere can turn [[name]] into a reference link', () => {
    const source = 'See [[ref]] and [[Other]]\n\n[ref]: https://example.com'
    expect(wikiLinkTargets(source)).toEqual(['Other'])
  })

  // Lines that change what `[[...]]` means: code of every kind, emphasis inside and around the
  // brackets, tables, HTML blocks across blank lines, links, autolinks, bare URLs, escapes,
  // entities, definitions, containers with indented code, and blank lines that cut runs.
  const LINES = [
    '[[A]]',
    'See [[B|alias]] and [[C]]',
    '[[a*b]]',
    '*x [[a*b]] y*',
    '**[[Bold]]**',
    '_[[u_x]]_',
    '~~[[S]]~~',
    '[[x~y]]',
    '`[[code]]`',
    '``',
    '```',
    '~~~',
    '````',
    '```js',
    '  ```',
    '    [[Indented]]',
    '\t[[Tab]]',
    '- [[Item]]',
    '  [[Continued]]',
    '> [[Quote]]',
    '>     [[Quoted code]]',
    '-     [[Item code]]',
    '| [[T|a]] | b |',
    '| [[T|a]] |',
    '| - | - |',
    '-|-',
    'https://x.com/[[U]]',
    '---',
    '===',
    'Title',
    '<div>',
    '<!--',
    '-->',
    '<?php',
    '?>',
    '<pre>',
    '[text [[in link]]](https://example.com)',
    '[[L]](u)',
    '[ref]: https://example.com',
    '[[ref]]',
    '[^1]: a footnote',
    'see https://x.com/[[U]]',
    'www.[[W]].com',
    '~~~ [[Info]]',
    'me@[[E]].com',
    '[[me@example.com]]',
    '[[a\\|b]]',
    '\\[[Escaped]]',
    '&amp;[[Entity]] [[A&amp;B]]',
    '![[Embed]]',
    '[[[Triple]]]',
    '* [x] [[Task]]',
    '1. [[Numbered]]',
    '# [[Heading]] #',
    '[[Open',
    'close]]',
    '<span>[[Html]]</span>',
    '\u00a0',
    '  ',
    '',
    '',
  ]

  it('finds the same targets as parsing the whole note, whatever its blocks', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LINES), { maxLength: 30 }), (lines) => {
        const note = lines.join('\n')
        expect(wikiLinkTargets(note)).toEqual(whole(note))
      }),
      // 5,000 runs found no difference; the suite keeps a quicker 300 (seconds on a busy 2-core machine).
      { numRuns: 300 },
    )
  }, 30_000)

  it('places every link it gives offsets for on that very link in the source, whatever its blocks', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LINES), { maxLength: 30 }), (lines) => {
        const note = lines.join('\n')
        for (const link of parseWikiLinks(note).filter((found) => found.start >= 0)) {
          const written = /^\[\[([^[\]|\n]+?)(?:\|([^[\]\n]+?))?\]\]$/.exec(note.slice(link.start, link.end))
          expect(written?.[1]?.trim()).toBe(link.target)
        }
      }),
      // 5,000 runs found no misplaced link.
      { numRuns: 300 },
    )
  }, 30_000)

  it("finds the same targets as parsing the whole note in text made of Markdown's punctuation", () => {
    const unit = fc.constantFrom(
      '[[',
      ']]',
      '[',
      ']',
      '|',
      '*',
      '_',
      '~',
      '`',
      '<',
      '>',
      '!',
      '(',
      ')',
      ':',
      '\\',
      '&',
      '#',
      '-',
      ' ',
      '    ',
      '\t',
      '\n',
      '\n\n',
      'a',
      'b c',
      'http://',
      '@',
    )
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 60 }), (note) => {
        expect(wikiLinkTargets(note)).toEqual(whole(note))
      }),
      // 20,000 runs found no difference.
      { numRuns: 1000 },
    )
  }, 30_000)
})
