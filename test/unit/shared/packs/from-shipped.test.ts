import { describe, expect, it } from 'vitest'
import { SHIPPED_PACKS } from '../../../../src/shared/curriculum/packs'
import { defaultCurriculum } from '../../../../src/shared/curriculum/default'
import { packFromShipped } from '../../../../src/shared/packs/from-shipped'
import { validatePack } from '../../../../src/shared/packs/read-pack'
import { incomingFromPack } from '../../../../src/shared/packs/incoming'
import { planPackImport } from '../../../../src/shared/packs/plan-import'
import { curriculumSchema } from '../../../../src/shared/schemas/curriculum'

describe('the shipped packs in the pack format', () => {
  it('each pass the checks every pack file goes through, and all three fit beside the built-in curriculum', () => {
    let curriculum = defaultCurriculum()
    for (const shipped of SHIPPED_PACKS) {
      const pack = validatePack(packFromShipped(shipped))
      expect(pack.skills.map((s) => s.id)).toEqual(shipped.skills.map((s) => s.id))
      expect(pack.skills.flatMap((s) => s.subtopics.flatMap((t) => t.resources))).toEqual(
        shipped.skills.flatMap((s) => s.subtopics.flatMap((t) => t.resources ?? [])),
      )
      const plan = planPackImport(curriculum, {}, incomingFromPack(pack), () => 'never-used', [])
      expect(plan.summary.skills.added.count).toBe(shipped.skills.length)
      curriculum = plan.curriculum
    }
    expect(curriculumSchema.safeParse(curriculum).success).toBe(true)
    expect(curriculum.packs.map((p) => p.id)).toEqual(SHIPPED_PACKS.map((p) => p.id))
  })
})
