import { describe, expect, it } from 'vitest'
import { pictureLinksIn } from '../../../../../src/shared/notes/folder/picture-links'
import { picturesRelativeFrom } from '../../../../../src/shared/notes/folder/picture-paths'

const NAME = `${'d'.repeat(64)}.png`
/** Each link found, as the text it covers. */
const found = (body: string): { text: string; target: string; alt: string; embed: boolean }[] =>
  pictureLinksIn(body).map(({ start, end, target, alt, embed }) => ({
    text: body.slice(start, end),
    target,
    alt,
    embed,
  }))

describe('the pictures a note file shows', () => {
  it('finds relative image links and Obsidian picture embeds, with their alt text, in order', () => {
    expect(found('![a plan](img/plan%201.png "title") then ![[shot.png|A shot]] and ![[sized.png|300x200]]')).toEqual([
      { text: '![a plan](img/plan%201.png "title")', target: 'img/plan%201.png', alt: 'a plan', embed: false },
      { text: '![[shot.png|A shot]]', target: 'shot.png', alt: 'A shot', embed: true },
      { text: '![[sized.png|300x200]]', target: 'sized.png', alt: '', embed: true },
    ])
  })

  it('passes over code, web and data images, and embeds of notes', () => {
    const body = [
      '`![[inline.png]]` and `![x](inline.png)`',
      '```\n![[fenced.png]]\n![y](fenced.png)\n```',
      '![web](https://example.com/a.png) ![data](data:image/png;base64,AAAA) ![[Another note]]',
    ].join('\n\n')
    expect(found(body)).toEqual([])
  })

  it('leaves a note without pictures unparsed', () => {
    expect(pictureLinksIn('No pictures [[here]].')).toEqual([])
  })
})

describe('picture links in an exported note', () => {
  it('reach the top attachments folder from the note file', () => {
    expect(picturesRelativeFrom(`![p](attachments/${NAME}) \`attachments/x\``, 1)).toBe(
      `![p](../attachments/${NAME}) \`attachments/x\``,
    )
    expect(picturesRelativeFrom(`![p](attachments/${NAME})`, 0)).toBe(`![p](attachments/${NAME})`)
  })
})
