import fc from 'fast-check'
import { packSchema, type CurriculumPackInput } from '../../src/shared/packs/pack-schema'
import { PACK_FORMAT, PACK_FORMAT_VERSION } from '../../src/shared/packs/pack-format'
import { appStateSchema, freshState, type AppState } from '../../src/shared/model'
import { CURRICULUM_LIMITS as L } from '../../src/shared/curriculum/limits'
import { withKeys } from '../../src/shared/order/ordered'
import { TEST_NOW } from './test-clock'

// Learner data of any shape a pack, an outline or the curriculum editor can give: curricula drawn
// from the pack schema (empty and all-hidden categories, odd titles) with random progress, notes and
// study sessions. Every state is parsed with the data file's own schema, so it is one main could load.

/** Titles a learner or an imported outline may bring: markup, links, odd Unicode, the longest allowed. */
const oddTitle = fc.oneof(
  fc.constantFrom(
    'Databases',
    '<script>window.__xss=1</script>',
    '**Bold** _and_ `code` [[Linked note]]',
    '[a link](https://example.com) and <b>tags</b>',
    '# Heading inside a title',
    'ÜNÏCØDE ß ﬁ İstanbul',
    'עברית ‏right to left‮ override',
    'zero\u200bwidth\u200dthings',
    '👩🏽‍💻 emoji 🙂 🇳🇱',
    '𝔐𝔞𝔱𝔥 and 𝟙𝟚𝟛',
    'constructor',
    '__proto__',
    'x'.repeat(L.title),
  ),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
)

/** A title that survives the schema's trim and length rules. */
const title = (max: number): fc.Arbitrary<string> =>
  oddTitle.map((t) => t.slice(0, max)).filter((t) => t.trim().length > 0)

const id = (prefix: string, n: number): string => `${prefix}-${n}`

/** Shape of a generated curriculum before it is made into state: counts and flags only, so it shrinks well. */
export interface LearnerShape {
  categories: { title: string; hidden: boolean }[]
  skills: { category: number; title: string; hidden: boolean; subtopics: string[] }[]
  progress: {
    skill: number
    status: 'not-started' | 'learning' | 'done' | 'skipped'
    confidence: number
    ticks: number
  }[]
  notes: { skill: number; title: string; body: string }[]
  sessions: { skill: number; daysAgo: number; minutes: number }[]
  selected: number
}

const noteBody = fc.constantFrom(
  '',
  '# A heading\n\nSome **bold** text and a [[Linked note]].',
  'What is an index? :: A structure that speeds up reads.\n\nWhy ::\nBecause.\n',
  '```sql\nSELECT 1;\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |',
  '<img src=x onerror="window.__xss=1"> and [x](javascript:alert(1))',
)

/** Arbitrary learner data; `sizes` raises the counts for the large cases. */
export function learnerShapes(sizes: { skills?: number; subtopics?: number } = {}): fc.Arbitrary<LearnerShape> {
  const maxSkills = sizes.skills ?? 12
  const maxSubtopics = sizes.subtopics ?? 6
  return fc.record({
    categories: fc.array(fc.record({ title: title(L.title), hidden: fc.boolean() }), { minLength: 1, maxLength: 6 }),
    skills: fc.array(
      fc.record({
        category: fc.nat(),
        title: title(L.title),
        hidden: fc.boolean(),
        subtopics: fc.array(title(L.subtopicTitle), { maxLength: maxSubtopics }),
      }),
      { maxLength: maxSkills },
    ),
    progress: fc.array(
      fc.record({
        skill: fc.nat(),
        status: fc.constantFrom('not-started', 'learning', 'done', 'skipped'),
        confidence: fc.integer({ min: 0, max: 5 }),
        ticks: fc.nat(8),
      }),
      { maxLength: 8 },
    ),
    notes: fc.array(fc.record({ skill: fc.nat(), title: title(200), body: noteBody }), { maxLength: 4 }),
    sessions: fc.array(fc.record({ skill: fc.nat(), daysAgo: fc.nat(60), minutes: fc.integer({ min: 0, max: 300 }) }), {
      maxLength: 6,
    }),
    selected: fc.nat(),
  })
}

/** A shape with exactly `skills` skills (each with `subtopics` sub-topics), for the large cases. */
export function largeShape(skills: number, subtopics: number): LearnerShape {
  return {
    categories: [
      { title: 'Everything', hidden: false },
      { title: 'Nothing here yet', hidden: false },
    ],
    skills: Array.from({ length: skills }, (_, i) => ({
      category: 0,
      title: `Skill ${i + 1} <i>of</i> many`,
      hidden: i % 97 === 5,
      subtopics: Array.from({ length: subtopics }, (_, j) => `Topic ${j + 1}`),
    })),
    progress: [{ skill: 0, status: 'learning', confidence: 3, ticks: 5 }],
    notes: [{ skill: 0, title: 'A note', body: 'Q :: A' }],
    sessions: [{ skill: 0, daysAgo: 1, minutes: 40 }],
    selected: 0,
  }
}

/** The state main would hold for `shape`: its curriculum passes the pack schema first, then the data file's. */
export function stateOf(shape: LearnerShape): { state: AppState; selectedSkillId: string | null } {
  const base = freshState()
  const categories = shape.categories.map((c, i) => ({ id: id('cat', i), title: c.title }))
  const skills = shape.skills.map((s, i) => ({
    id: id('skill', i),
    title: s.title,
    category: id('cat', s.category % categories.length),
    summary: '',
    subtopics: s.subtopics.map((t, j) => ({ id: id('sub', j), title: t, resources: [] })),
  }))
  const pack: CurriculumPackInput = {
    format: PACK_FORMAT,
    formatVersion: PACK_FORMAT_VERSION,
    id: 'generated',
    title: 'Generated',
    packVersion: 1,
    categories,
    skills,
  }
  const parsed = packSchema.parse(pack)
  const now = TEST_NOW.getTime()
  const day = 86_400_000
  const skillAt = (n: number): string | undefined => (skills.length === 0 ? undefined : skills[n % skills.length]?.id)
  const state: AppState = {
    ...base,
    curriculum: {
      ...base.curriculum,
      categories: withKeys(parsed.categories.map((c, i) => ({ ...c, hidden: shape.categories[i]?.hidden ?? false }))),
      skills: withKeys(
        parsed.skills.map((s, i) => ({
          ...s,
          subtopics: withKeys(s.subtopics),
          hidden: shape.skills[i]?.hidden ?? false,
        })),
      ),
    },
  }
  for (const p of shape.progress) {
    const skillId = skillAt(p.skill)
    const skill = skills.find((s) => s.id === skillId)
    if (!skillId || !skill) continue
    const ticked = Object.fromEntries(skill.subtopics.slice(0, p.ticks).map((s) => [s.id, true]))
    state.skills[skillId] = {
      status: p.status,
      confidence: p.confidence,
      subtopics: ticked,
      updatedAt: new Date(now - day).toISOString(),
    }
  }
  shape.notes.forEach((n, i) => {
    const skillId = skillAt(n.skill)
    if (!skillId) return
    const at = new Date(now - i * day).toISOString()
    state.notes[id('note', i)] = {
      id: id('note', i),
      skillId,
      title: n.title,
      body: n.body,
      createdAt: at,
      updatedAt: at,
    }
  })
  state.study.sessions = shape.sessions.flatMap((s, i) => {
    const skillId = skillAt(s.skill)
    if (!skillId) return []
    const start = now - s.daysAgo * day - s.minutes * 60_000
    return [
      {
        id: id('session', i),
        skillId,
        start: new Date(start).toISOString(),
        end: new Date(start + s.minutes * 60_000).toISOString(),
        minutes: s.minutes,
        manual: i % 2 === 0,
      },
    ]
  })
  return { state: appStateSchema.parse(state), selectedSkillId: skillAt(shape.selected) ?? null }
}
