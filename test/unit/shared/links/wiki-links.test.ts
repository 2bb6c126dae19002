import { describe, expect, it } from 'vitest'
import { linkKey, wikiHref, wikiTargetOf } from '../../../../src/shared/links/link-names'
import { parseWikiLinks, renameWikiLinks } from '../../../../src/shared/links/wiki-links'

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
    const source = ['`[[inline]]` and [[Real]]', '', '```', 'matrix[[0]] = [[Fenced]]', '```', '', '    [[Indented code]]', '', '[text [[in a link]]](https://example.com)'].join('\n')
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
    expect(renameWikiLinks(source, 'Old title', 'New title')).toBe('A [[New title]] b [[New title|alias]] c [[Other]]\n\n```\n[[Old title]]\n```\n`[[Old title]]`')
  })

  it('leaves a note without such links exactly as it was', () => {
    const source = 'Nothing to see [[Else]]'
    expect(renameWikiLinks(source, 'Old', 'New')).toBe(source)
  })
})
