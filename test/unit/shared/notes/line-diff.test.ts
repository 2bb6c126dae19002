import { describe, expect, it } from 'vitest'
import { diffCounts, lineDiff } from '../../../../src/shared/notes/line-diff'
import { completeLink, openLinkAt } from '../../../../src/shared/links/link-query'

describe('the line diff of a version against the current text', () => {
  it('marks lines only in the older version as removed and lines only in the current text as added, old first', () => {
    const rows = lineDiff('GET\nPUT\nPOST\n', 'GET\nPATCH\nPOST\n')
    expect(rows).toEqual([
      { kind: 'same', text: 'GET' },
      { kind: 'removed', text: 'PUT' },
      { kind: 'added', text: 'PATCH' },
      { kind: 'same', text: 'POST' },
    ])
    expect(diffCounts(rows)).toEqual({ added: 1, removed: 1 })
  })

  it('folds long unchanged runs, keeping two lines of context next to a change', () => {
    const lines = Array.from({ length: 20 }, (_, i) => `line ${i}`)
    const rows = lineDiff(lines.join('\n'), [...lines.slice(0, 10), 'new', ...lines.slice(10)].join('\n'))
    expect(rows).toEqual([
      { kind: 'skipped', count: 8 },
      { kind: 'same', text: 'line 8' },
      { kind: 'same', text: 'line 9' },
      { kind: 'added', text: 'new' },
      { kind: 'same', text: 'line 10' },
      { kind: 'same', text: 'line 11' },
      { kind: 'skipped', count: 8 },
    ])
  })

  it('has no changed rows for the same text', () => {
    expect(diffCounts(lineDiff('a\nb', 'a\nb'))).toEqual({ added: 0, removed: 0 })
  })
})

describe('the [[ being typed', () => {
  it('is found only inside an unclosed [[ on the caret line, and completes to [[name]]', () => {
    expect(openLinkAt('See [[RE', 8)).toEqual({ start: 4, query: 'RE' })
    expect(openLinkAt('See [[REST]] now', 16)).toBeNull()
    expect(openLinkAt('[[a\nb', 5)).toBeNull()
    const text = 'See [[RE]] later'
    const open = openLinkAt(text, 8)
    expect(open && completeLink(text, open, 8, 'REST verbs')).toEqual({ text: 'See [[REST verbs]] later', caret: 18 })
  })
})
