import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Curriculum, CurriculumSkill } from '../../../../src/shared/schemas/curriculum'
import type { AppState } from '../../../../src/shared/model'
import { buildPack } from '../../../../src/shared/packs/pack-export'
import { writeOutline } from '../../../../src/shared/packs/outline-write'
import { readOutline } from '../../../../src/shared/packs/outline-read'
import { readPackText } from '../../../../src/shared/packs/read-pack'
import { incomingFromPack } from '../../../../src/shared/packs/incoming'
import { withKeys } from '../../../../src/shared/order/ordered'
import { planPackImport } from '../../../../src/shared/packs/plan-import'

// Titles with every character Markdown could take for markup, one space between words.
const word = fc.stringMatching(/^[A-Za-z0-9*_[\]<>#|~&`!(){}+.:\\/'"$=^%@,;?é—-]{1,8}$/)
const title = fc.array(word, { minLength: 1, maxLength: 5 }).map((words) => words.join(' '))
const url = fc
  .tuple(fc.stringMatching(/^[a-z]{1,8}$/), fc.stringMatching(/^[A-Za-z0-9_()<>%.~-]{0,12}$/))
  .map(([host, path]) => `https://${host}.example/${path}`)
const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`)

const curriculumArb = fc
  .record({
    categories: fc.array(title, { minLength: 1, maxLength: 3 }),
    skills: fc.array(
      fc.record({
        title,
        cat: fc.nat(),
        summary: fc.option(title, { nil: '' }),
        subs: fc.array(
          fc.record({ title, links: fc.array(fc.record({ title, url }), { maxLength: 2 }), ticked: fc.boolean() }),
          { maxLength: 4 },
        ),
      }),
      { maxLength: 6 },
    ),
  })
  .map(({ categories, skills }) => {
    const catIds = ids('c', categories.length)
    const skillList: CurriculumSkill[] = withKeys(skills).map((s, i) => ({
      id: `s${i}`,
      order: s.order,
      title: s.title,
      category: catIds[s.cat % catIds.length]!,
      summary: s.summary,
      // Sub-topic names are unique within a skill (an outline matches them by name).
      subtopics: s.subs
        .filter((t, j) => s.subs.findIndex((u) => u.title.toLowerCase() === t.title.toLowerCase()) === j)
        .map((t, j) => ({ id: `t${j}`, order: `a${j}`, title: t.title, resources: t.links })),
      hidden: false,
    }))
    const progress: AppState['skills'] = Object.fromEntries(
      skills.map((s, i) => [
        `s${i}`,
        {
          status: 'learning' as const,
          confidence: 0,
          subtopics: Object.fromEntries(
            skillList[i]!.subtopics.flatMap((t, j) =>
              s.subs.find((u) => u.title === t.title)?.ticked ? [[`t${j}`, true]] : [],
            ),
          ),
        },
      ]),
    )
    const curriculum: Curriculum = {
      version: 1,
      categories: withKeys(categories.map((t, i) => ({ id: catIds[i]!, title: t, hidden: false }))),
      skills: skillList,
      goals: { entry: [], mid: [], senior: [] },
      frameworks: [],
      packs: [],
    }
    return { curriculum, progress }
  })
  // Skill names are unique too, for the same reason.
  .filter(
    ({ curriculum }) => new Set(curriculum.skills.map((s) => s.title.toLowerCase())).size === curriculum.skills.length,
  )

/** A curriculum with nothing in it but one category of its own. */
const empty = (): Curriculum => ({
  version: 1,
  categories: [{ id: 'base', order: 'a0', title: 'Base', hidden: false }],
  skills: [],
  goals: { entry: [], mid: [], senior: [] },
  frameworks: [],
  packs: [],
})
const noIds = () => 'never-used'
/** Categories without their order keys: added after the empty curriculum's own, they take keys after its key. */
const unkeyed = (list: Curriculum['categories']) => list.map(({ order: _order, ...rest }) => rest)
const inKeyOrder = (list: readonly { order: string }[]) =>
  list.every((item, i) => i === 0 || list[i - 1]!.order < item.order)
/** Skills per category, in order: an outline lists skills category by category. */
const byCategory = (c: Curriculum): CurriculumSkill[][] =>
  c.categories.map((cat) => c.skills.filter((s) => s.category === cat.id))
const META = { id: 'round-trip', title: 'Round trip', description: '', packVersion: 1 }

describe('export then import', () => {
  it('gives back the same curriculum through a pack file', () => {
    fc.assert(
      fc.property(curriculumArb, ({ curriculum }) => {
        const text = JSON.stringify(buildPack(curriculum, {}, META))
        const { curriculum: back } = planPackImport(empty(), {}, incomingFromPack(readPackText(text)), noIds, [])
        expect(back.skills).toEqual(curriculum.skills)
        expect(unkeyed(back.categories)).toEqual(unkeyed([...empty().categories, ...curriculum.categories]))
        expect(inKeyOrder(back.categories)).toBe(true)
        // Into the curriculum it came from: nothing changes but the record of the pack.
        const again = planPackImport(curriculum, {}, incomingFromPack(readPackText(text)), noIds, [])
        expect({ ...again.curriculum, packs: [] }).toEqual(curriculum)
      }),
      { numRuns: 60 },
    )
  })

  it('gives back the same curriculum and ticks through a Markdown outline', () => {
    fc.assert(
      fc.property(
        curriculumArb.filter(({ curriculum }) => curriculum.skills.length > 0),
        ({ curriculum, progress }) => {
          const text = writeOutline(curriculum, {}, progress)
          const { curriculum: back, ticks } = planPackImport(empty(), {}, readOutline(text), noIds, [])
          // An outline lists skills category by category, so their keys follow that order, not the curriculum's.
          const skillsUnkeyed = (c: Curriculum) =>
            byCategory(c).map((list) => list.map(({ order: _order, ...rest }) => rest))
          expect(skillsUnkeyed(back).slice(1)).toEqual(skillsUnkeyed(curriculum))
          expect(inKeyOrder(back.skills)).toBe(true)
          expect(unkeyed(back.categories)).toEqual(unkeyed([...empty().categories, ...curriculum.categories]))
          expect(inKeyOrder(back.categories)).toBe(true)
          const ticked = Object.entries(progress).flatMap(([skillId, p]) =>
            Object.keys(p.subtopics).map((subtopicId) => ({ skillId, subtopicId })),
          )
          const order = (list: { skillId: string; subtopicId: string }[]) =>
            [...list].sort((a, b) => `${a.skillId}/${a.subtopicId}`.localeCompare(`${b.skillId}/${b.subtopicId}`))
          expect(order(ticks)).toEqual(order(ticked))
          const again = planPackImport(curriculum, progress, readOutline(text), noIds, [])
          expect(again.curriculum).toEqual(curriculum)
          expect(again.ticks).toEqual([])
        },
      ),
      { numRuns: 60 },
    )
  }, 60_000)
})
