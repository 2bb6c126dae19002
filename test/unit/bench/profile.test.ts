import { describe, expect, it } from 'vitest'
import { parseState } from '../../../src/main/store/data-store'
import { SKILLS } from '../../../src/shared/curriculum/skills'
import { generateProfile, YEARS_OF_NOTES } from '../../../bench/profile'

describe('bench profile generator', () => {
  it('writes a data file the app loads as is, with notes on every skill', () => {
    const state = generateProfile({ notes: 60, seed: 1, meanBodyChars: 500 })
    const loaded = parseState(JSON.stringify(state))
    expect(Object.keys(loaded.notes)).toHaveLength(60)
    expect(new Set(Object.values(loaded.notes).map((note) => note.skillId))).toEqual(
      new Set(SKILLS.map((skill) => skill.id)),
    )
    expect(Object.values(loaded.notes)[0]?.body).toMatch(/^# /)
  })

  it('is the same file on every run', () => {
    const options = { notes: 20, seed: 9, meanBodyChars: 300 }
    expect(JSON.stringify(generateProfile(options))).toBe(JSON.stringify(generateProfile(options)))
  })

  it('makes years of notes come to about 20 MB', () => {
    const bytes = Buffer.byteLength(JSON.stringify(generateProfile(YEARS_OF_NOTES)))
    expect(bytes).toBeGreaterThan(18 * 1024 * 1024)
    expect(bytes).toBeLessThan(24 * 1024 * 1024)
  })
})
