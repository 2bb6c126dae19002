import { describe, expect, it } from 'vitest'
import { readOutline } from '../../../../src/shared/packs/outline-read'

/** A messy real-world outline of a few thousand lines: roadmap-style headings, nested boxes, links, code, tables, HTML. */
function messyOutline(skills: number): string {
  const out: string[] = [
    'Some notes before any heading.',
    '',
    '- [ ] a stray box with no heading above it',
    '- another stray item',
    '',
    '# My backend roadmap',
    '',
    'Started this in spring. <b>bold html</b>',
    '',
  ]
  for (let s = 0; s < skills; s++) {
    if (s % 10 === 0) out.push(`## Area ${s / 10}`, '', '| col | col |', '| --- | --- |', '| a | b |', '')
    out.push(`### Skill ${s} with \`code\``, '', `What skill ${s} is about, in *one* paragraph.`, '')
    out.push(`- [x] Done thing ${s}`)
    out.push(`- [ ] Open thing ${s} with [a link](https://example.com/${s})`)
    out.push(`  - [ ] Nested box ${s}`)
    out.push(`    - [x] Deeper box ${s}`)
    out.push(`  - [Reading for ${s}](https://docs.example.com/${s}?q=1)`)
    out.push(`  - [Insecure ${s}](http://plain.example.com/${s})`)
    out.push(`  - [Script ${s}](javascript:alert(1))`)
    out.push(`- ## Heading inside an item ${s}`)
    out.push(`- Plain item ${s} with \`inline code\` and **bold**`)
    out.push('- [ ] ')
    out.push(`- [x] done thing ${s}`)
    out.push('', '```sh', `- [ ] not a box: inside code ${s}`, '```', '')
    out.push(`> - [ ] quoted box ${s}`, '')
    out.push('<details><summary>html</summary>', '', '- [ ] inside html?', '', '</details>', '')
  }
  out.push('## Empty area at the end', '')
  return out.join('\n')
}

describe('reading a Markdown outline', () => {
  it('takes skills, sub-topics, ticks and links from a messy outline of thousands of lines, and reports what it skipped', () => {
    const text = messyOutline(120)
    expect(text.split('\n').length).toBeGreaterThan(3000)
    const outline = readOutline(text)
    const skill = outline.skills.find((s) => s.title === 'Skill 7 with code')!
    expect(skill).toBeDefined()
    expect(skill.summary).toBe('What skill 7 is about, in one paragraph.')
    expect(outline.categories.find((c) => c.key === skill.category)?.title).toBe('Area 0')
    expect(skill.subtopics.map((t) => [t.title, t.ticked])).toEqual([
      ['Done thing 7', true],
      ['Open thing 7 with a link', false],
      ['Nested box 7', false],
      ['Deeper box 7', true],
      ['Heading inside an item 7', false],
      ['Plain item 7 with inline code and bold', false],
      ['inside html?', false],
    ])
    const open = skill.subtopics[1]!
    expect(open.resources).toEqual([
      { title: 'a link', url: 'https://example.com/7' },
      { title: 'Reading for 7', url: 'https://docs.example.com/7?q=1' },
    ])
    // 120 skills in 12 areas; the stray items, code, tables, quotes and insecure links are reported.
    expect(outline.skills).toHaveLength(120)
    expect(outline.skills[0]!.title).toBe('Skill 0 with code')
    expect(outline.categories.map((c) => c.title)).toContain('Area 11')
    const skipped = outline.skipped.join('\n')
    expect(skipped).toContain('List items before the first heading (no skill to put them in) (2)')
    expect(skipped).toContain('Links that are not https addresses (240)')
    expect(skipped).toContain('Sub-topics repeated within their skill (120)')
    expect(skipped).toContain('Code blocks (120)')
    expect(skipped).toContain('Tables (12)')
    expect(skipped).toContain('Paragraphs of text outside a skill’s description (1)')
    expect(skipped).toContain('Quotes (120)')
    expect(skipped).toContain('List items without text (120)')
    // Nothing inside a code block became a sub-topic.
    expect(outline.skills.flatMap((s) => s.subtopics).some((t) => t.title.includes('inside code'))).toBe(false)
    // Parsing 3,000 lines takes about a second; a busy 2-core CI machine can make that many.
  }, 60_000)

  it('reads the shape the exporter writes: categories, skills, descriptions, ids in braces and nested links', () => {
    const outline = readOutline(
      [
        '# Ops {#ops}',
        '',
        '## Docker {#docker}',
        '',
        'Containers.',
        '',
        '- [x] Images {#images}',
        '  - [Docs](<https://docs.docker.com/a_(b)>)',
        '- [ ] Title with \\{\\#braces} kept',
        '',
        '## Empty skill {#empty}',
        '',
        '# Second',
      ].join('\n'),
    )
    expect(outline.categories).toEqual([
      { key: 'ops|ops', id: 'ops', title: 'Ops' },
      { key: '|second', title: 'Second' },
    ])
    expect(outline.skills).toEqual([
      {
        id: 'docker',
        title: 'Docker',
        category: 'ops|ops',
        summary: 'Containers.',
        subtopics: [
          {
            id: 'images',
            title: 'Images',
            resources: [{ title: 'Docs', url: 'https://docs.docker.com/a_(b)' }],
            ticked: true,
          },
          { title: 'Title with {#braces} kept', resources: [], ticked: false },
        ],
      },
      { id: 'empty', title: 'Empty skill', category: 'ops|ops', subtopics: [] },
    ])
  })

  it('puts skills with no heading above them in the fallback category and merges repeated skills into one', () => {
    const outline = readOutline('## Go\n\n- [ ] Slices\n\n## go\n\n- [ ] Maps\n- [ ] slices\n', 'Go track')
    expect(outline.categories.map((c) => c.title)).toEqual(['Go track'])
    expect(outline.skills).toHaveLength(1)
    expect(outline.skills[0]!.subtopics.map((t) => t.title)).toEqual(['Slices', 'Maps'])
    expect(outline.skipped).toEqual(['Sub-topics repeated within their skill (1)'])
  })

  it('keeps markup in titles as the text it is', () => {
    const outline = readOutline(
      '## <img src=x onerror=alert(1)> Skill\n\n- [ ] <script>alert(1)</script> topic\n- [ ] **bold** and [link](https://a.example)\n',
    )
    const [skill] = outline.skills
    expect(skill?.title).toBe('<img src=x onerror=alert(1)> Skill')
    expect(skill?.subtopics.map((t) => t.title)).toEqual(['<script>alert(1)</script> topic', 'bold and link'])
  })

  it('says so when nothing in it has the shape of a skill', () => {
    const outline = readOutline('Just a paragraph.\n\n```\ncode\n```\n')
    expect(outline.skills).toHaveLength(0)
    expect(outline.skipped).toContain('No skills found: an outline needs headings with list items under them (1)')
  })
})
