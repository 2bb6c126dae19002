import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { unified } from 'unified'
import remarkParse from 'remark-parse'
import remarkGfm from 'remark-gfm'
import type { Root, RootContent } from 'mdast'
import { escapeMarkdown, markdownLink, renderMarkdown } from '../../../../src/shared/report/markdown'
import { noteAsMarkdown } from '../../../../src/shared/report/note-markdown'
import { buildReport } from '../../../../src/shared/report/model'
import { reportSourceOf } from '../../../../src/shared/report/source'
import { EVIDENCE_TITLE, optionsWith, richState, seededState, CONTEXT } from '../../../support/report-fixture'

const parse = (markdown: string): Root => unified().use(remarkParse).use(remarkGfm).parse(markdown)

function textOf(node: RootContent | Root): string {
  if ('value' in node && typeof node.value === 'string') return node.value
  return 'children' in node ? (node.children as RootContent[]).map(textOf).join('') : ''
}

describe('escapeMarkdown', () => {
  it('keeps any text as one plain paragraph that reads back the same', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii', maxLength: 60 }), (raw) => {
        const expected = raw.replace(/\s+/g, ' ').trim()
        fc.pre(expected !== '')
        const tree = parse(`Note: ${escapeMarkdown(raw)}`)
        expect(tree.children).toHaveLength(1)
        const paragraph = tree.children[0]!
        expect(paragraph.type).toBe('paragraph')
        // No emphasis, code, html or break was formed. GFM may autolink a bare URL or e-mail
        // address; that keeps its text, which the equality below checks (a [x](y) link would not).
        expect('children' in paragraph && paragraph.children.every((c) => c.type === 'text' || c.type === 'link')).toBe(
          true,
        )
        expect(textOf(paragraph)).toBe(`Note: ${expected}`)
      }),
      { numRuns: 400 },
    )
  })

  it('cannot break out of a table cell or start a list', () => {
    const md = `| A | B |\n| --- | --- |\n| ${escapeMarkdown('x | y')} | ${escapeMarkdown('- 1. [z](http://a)')} |`
    const table = parse(md).children[0]
    expect(table?.type).toBe('table')
    const row = table && 'children' in table ? (table.children[1] as RootContent) : undefined
    expect(row && 'children' in row ? row.children.map(textOf) : []).toEqual(['x | y', '- 1. [z](http://a)'])
  })
})

describe('noteAsMarkdown', () => {
  const MARKDOWNISH = fc.constantFrom(
    '# ',
    '## ',
    '###### ',
    '=',
    '-',
    '```',
    '~~~',
    '    ',
    '> ',
    '- ',
    '1. ',
    '|',
    '<div>',
    '<!--',
    '</script>',
    '[x]: ',
    '[x]',
    '*',
    '_',
    '`',
    '\\',
    '\n',
    '\n\n',
    'text',
    ' ',
  )
  const noteBody = fc.array(MARKDOWNISH, { maxLength: 30 }).map((parts) => parts.join(''))

  // Parsing twice per run is slow on a busy machine: fewer runs, more time.
  it('keeps any note inside its place: no heading at the report levels, no raw HTML, the report goes on after it', () => {
    fc.assert(
      fc.property(noteBody, (body) => {
        const tree = parse(`### Note\n\n${noteAsMarkdown(body, 3)}\n\n## After`)
        expect(tree.children[0]).toMatchObject({ type: 'heading', depth: 3 })
        expect(tree.children.at(-1)).toMatchObject({ type: 'heading', depth: 2 })
        const inside = tree.children.slice(1, -1)
        expect(inside.filter((n) => n.type === 'heading' && n.depth <= 3)).toEqual([])
        expect(JSON.stringify(inside)).not.toContain('"type":"html"')
      }),
      { numRuns: 200 },
    )
  }, 20_000)

  it('moves headings down, keeps code, tables and task lists, and shows raw HTML as text', () => {
    const tree = parse(
      noteAsMarkdown(
        '# One\n\nSetext\n===\n\n##### Five\n\n```js\nx()\n```\n\n| a |\n|---|\n| 1 |\n\n- [x] done\n\n<b>bold</b>',
        3,
      ),
    )
    expect(tree.children.map((n) => n.type)).toEqual([
      'heading',
      'heading',
      'heading',
      'code',
      'table',
      'list',
      'paragraph',
    ])
    expect(tree.children.slice(0, 3).map((n) => 'depth' in n && n.depth)).toEqual([4, 4, 6])
    expect(tree.children[3]).toMatchObject({ lang: 'js', value: 'x()' })
    expect(textOf(tree.children[6]!)).toBe('<b>bold</b>')
  })

  it('makes only http(s) links into links', () => {
    const tree = parse(
      noteAsMarkdown(
        '[web](https://example.org) [js](javascript:top.__xss=1) ![pic](javascript:x) <javascript:y>\n\n[r] [r][]\n\n[r]: javascript:z',
        3,
      ),
    )
    const links: string[] = []
    const walk = (node: Root | RootContent): void => {
      if (node.type === 'link' || node.type === 'image') links.push(node.url)
      if (node.type === 'definition') links.push(node.url)
      if ('children' in node) (node.children as RootContent[]).forEach(walk)
    }
    walk(tree)
    expect(links).toEqual(['https://example.org'])
    expect(textOf(tree)).toContain('js [image: pic]')
  })

  it('names a stored picture and where it is kept, since one Markdown file cannot carry it', () => {
    const name = `${'c'.repeat(64)}.png`
    const tree = parse(noteAsMarkdown(`See ![query plan](attachments/${name}).`, 3))
    expect(textOf(tree)).toBe(`See [image: query plan, in attachments/${name}].`)
  })
})

describe('renderMarkdown', () => {
  const full = renderMarkdown(
    buildReport(reportSourceOf(richState(), CONTEXT), optionsWith({ notes: 'full' }), CONTEXT),
  )

  it('matches the reviewed golden file', async () => {
    await expect(full).toMatchFileSnapshot('golden/report.md')
  })

  it('keeps the report structure intact around a note full of Markdown, which stays Markdown', () => {
    const tree = parse(full)
    const headings = tree.children.filter((n) => n.type === 'heading' && n.depth <= 2).map(textOf)
    expect(headings).toEqual([
      'Groundwork progress report',
      'Overall progress',
      'Progress by category',
      'Level readiness and goals',
      'Skills',
      'Frameworks',
      'Evidence',
      'Study activity',
      'Notes',
    ])
    // The note's "# ..." now sits under the note's own ### heading.
    const note = tree.children.findIndex((n) => n.type === 'heading' && textOf(n).startsWith('Databases: Indexes'))
    expect(tree.children[note]).toMatchObject({ type: 'heading', depth: 3 })
    expect(tree.children[note + 2]).toMatchObject({ type: 'heading', depth: 4 })
    expect(textOf(tree.children[note + 2]!)).toBe('Not a heading of the report')
    expect(tree.children[note + 3]).toMatchObject({
      type: 'code',
      lang: 'js',
      value: 'const x = `tick` // a fence inside',
    })
    expect(textOf(tree.children[note + 4]!)).toBe('<script>alert("x")</script> & <b>bold</b>')
    expect(tree.children.slice(note + 5, note + 7).map((n) => n.type)).toEqual(['table', 'list'])
    expect(JSON.stringify(tree)).not.toContain('"type":"html"')
  })

  it('shows excerpts as block quotes', () => {
    const md = renderMarkdown(buildReport(reportSourceOf(seededState(), CONTEXT), optionsWith(), CONTEXT))
    expect(md).toContain('> Status codes: 200, 201, 404.\n> PUT is idempotent; POST is not.')
    expect(md).toContain('### APIs: =HYPERLINK("http://example.invalid")')
  })

  it('shows readiness, own goals as text, framework marks and study minutes', () => {
    expect(full).toContain('### Entry level: 42% ready (current level)')
    expect(full).toContain('Target date 31 Dec 2026 (36 days left).')
    expect(full).toContain('- [x] Ship a side project \\<b\\>\\& tell\\</b\\> people (your own goal)')
    expect(full).toContain('| Django | Used |')
    expect(full).toContain('Total: **2 h 25 min** over 3 days.')
    expect(full).toContain('| Databases | 1 h 30 min |')
  })

  it('makes only http(s) evidence into links, with the title as plain text', () => {
    const links: Array<{ url: string; text: string }> = []
    const walk = (node: Root | RootContent): void => {
      if (node.type === 'link') links.push({ url: node.url, text: textOf(node) })
      if ('children' in node) (node.children as RootContent[]).forEach(walk)
    }
    walk(parse(full))
    expect(links.filter((l) => !/^https?:/.test(l.url))).toEqual([])
    // GFM also autolinks a bare address in a note title (its text is the address itself).
    expect(links.filter((l) => l.text !== l.url)).toEqual([
      { url: 'https://github.com/learner/shop-db?tab=readme&x="1"', text: EVIDENCE_TITLE },
      { url: 'https://example.org/rest-notes', text: 'REST write-up' },
    ])
    expect(full).toContain('- Odd imported link: javascript:top.\\_\\_xss=1 (Other, added 23 Nov 2026)')
  })

  it('keeps a link destination whole whatever the address holds', () => {
    const tree = parse(`- ${markdownLink('a', 'https://x.test/a b<c>)\\d\n[e](f)')}`)
    const link = JSON.stringify(tree).match(/"type":"link","title":null,"url":"([^"]*)"/)
    expect(link?.[1]).toBe('https://x.test/a%20b%3Cc%3E)%5Cd%0A[e](f)')
  })
})
