import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MAX_NAME_BYTES, safeName, UniqueNames } from '../../../../../src/shared/notes/folder/safe-name'

const bytes = (text: string): number => new TextEncoder().encode(text).length

describe('making a file name from a title', () => {
  it('keeps an ordinary title as it is', () => {
    expect(safeName('SQL joins, explained', 'Untitled')).toBe('SQL joins, explained')
    expect(safeName('Índices y 索引', 'Untitled')).toBe('Índices y 索引')
  })

  it('turns path separators and characters Windows refuses into dashes', () => {
    expect(safeName('a/b\\c:d*e?f"g<h>i|j', 'Untitled')).toBe('a-b-c-d-e-f-g-h-i-j')
    expect(safeName('tab\there\n\nand\u0000nul', 'Untitled')).toBe('tab here and-nul')
  })

  it('never makes "..", "." or a hidden name, and drops trailing dots and spaces', () => {
    expect(safeName('..', 'Untitled')).toBe('Untitled')
    expect(safeName('.', 'Untitled')).toBe('Untitled')
    expect(safeName('../../etc/passwd', 'Untitled')).toBe('-..-etc-passwd')
    expect(safeName('.bashrc', 'Untitled')).toBe('bashrc')
    expect(safeName('Notes. . ', 'Untitled')).toBe('Notes')
  })

  it('falls back when nothing is left of the title', () => {
    expect(safeName('', 'Untitled')).toBe('Untitled')
    expect(safeName('   ', 'Untitled')).toBe('Untitled')
  })

  it('steers clear of the device names Windows reserves, with or without an extension', () => {
    for (const name of ['CON', 'con', 'PRN', 'aux', 'NUL', 'COM1', 'lpt9', 'con.txt', 'Nul .md'])
      expect(safeName(name, 'Untitled')).toBe(`_${name.replace(/\s+/g, ' ')}`)
    expect(safeName('Console', 'Untitled')).toBe('Console')
    expect(safeName('COM10', 'Untitled')).toBe('COM10')
  })

  it('caps a long title at MAX_NAME_BYTES of UTF-8 without cutting a character in two', () => {
    expect(bytes(safeName('x'.repeat(500), 'Untitled'))).toBe(MAX_NAME_BYTES)
    const emoji = safeName('😀'.repeat(100), 'Untitled')
    expect(bytes(emoji)).toBe(MAX_NAME_BYTES)
    expect([...emoji].every((char) => char === '😀')).toBe(true)
    expect(safeName('\ud800 lone', 'Untitled')).toBe('- lone')
  })

  it('makes a safe name of any title at all', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'grapheme', maxLength: 60 }),
          fc.string({
            unit: fc.constantFrom('.', ' ', '/', '\\', ':', '\t', 'a', 'é', '😀', '\ud800'),
            maxLength: 160,
          }),
        ),
        (title) => {
          const name = safeName(title, 'Untitled')
          // eslint-disable-next-line no-control-regex -- no control character may be left
          expect(name).not.toMatch(/[\\/:*?"<>|\u0000-\u001f]/)
          expect(name).not.toMatch(/^\.|[. ]$/)
          expect(name.length).toBeGreaterThan(0)
          expect(bytes(name)).toBeLessThanOrEqual(MAX_NAME_BYTES + 1)
          expect(name).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/)
        },
      ),
      { numRuns: 300 },
    )
  })
})

describe('keeping names unique in a folder', () => {
  it('numbers a clash, ignoring case as macOS and Windows do', () => {
    const names = new UniqueNames()
    expect(names.take('Joins', '.md')).toBe('Joins.md')
    expect(names.take('joins', '.md')).toBe('joins 2.md')
    expect(names.take('Joins', '.md')).toBe('Joins 3.md')
    expect(names.take('Joins 2', '.md')).toBe('Joins 2 2.md')
    expect(names.take('Other', '.md')).toBe('Other.md')
  })
})
