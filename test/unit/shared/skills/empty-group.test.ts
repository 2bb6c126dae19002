import { describe, expect, it } from 'vitest'
import { emptyGroupMessage } from '../../../../src/shared/skills/empty-group'
import { STATUS_LABELS } from '../../../../src/shared/skills/progress'
import type { SkillStatus } from '../../../../src/shared/model'

describe('what an empty checklist group says', () => {
  it('asks for a first skill when the category has none, whatever the filter', () => {
    for (const filter of ['all', ...Object.keys(STATUS_LABELS)] as (SkillStatus | 'all')[]) {
      expect(emptyGroupMessage('Imported', filter, 0, 0)).toBe(
        'No skills in Imported yet. Add one with Edit curriculum.',
      )
    }
  })

  it('says the skills are hidden when every one of them is', () => {
    expect(emptyGroupMessage('Soft skills', 'all', 0, 1)).toBe(
      'Its one skill is hidden. Show it again with Edit curriculum.',
    )
    expect(emptyGroupMessage('Soft skills', 'done', 0, 3)).toBe(
      'All 3 of its skills are hidden. Show them again with Edit curriculum.',
    )
  })

  it('names the status filter when it is what leaves the group empty', () => {
    expect(emptyGroupMessage('Technical skills', 'done', 4, 0)).toBe(
      'No skill in Technical skills is done. Pick “All statuses” to see every skill.',
    )
    expect(emptyGroupMessage('Technical skills', 'not-started', 4, 2)).toBe(
      'No skill in Technical skills is not started. Pick “All statuses” to see every skill.',
    )
  })
})
