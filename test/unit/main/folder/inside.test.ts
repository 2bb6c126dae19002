import { describe, expect, it } from 'vitest'
import { join, resolve } from 'node:path'
import { pathInside } from '../../../../src/main/folder/inside'

describe('keeping every path inside the chosen folder', () => {
  const root = resolve('/tmp/vault')

  it('resolves a path under the folder', () => {
    expect(pathInside(root, 'Databases', 'Joins.md')).toBe(join(root, 'Databases', 'Joins.md'))
    expect(pathInside(root, 'a/../b.md')).toBe(join(root, 'b.md'))
    expect(pathInside(root, '..name.md')).toBe(join(root, '..name.md'))
  })

  it('refuses a path that climbs out, is absolute elsewhere, or is the folder itself', () => {
    for (const part of ['..', '../outside.md', 'a/../../outside.md', '/etc/passwd', '.'])
      expect(() => pathInside(root, part)).toThrow(/is not inside/)
  })
})
