import { z } from 'zod'
import { idSchema, orderKeySchema } from './common'
import { CRITERIA } from '../frameworks/prefs'
import { LEVEL_IDS } from '../curriculum/levels'
import { CURRICULUM_LIMITS as L } from '../curriculum/limits'
import { isHttpsLink } from '../markdown/web-link'

// The learner's curriculum as stored in the data file. A curriculum pack is a subset of it
// (version, categories, skills with their sub-topics, ids), so packs can reuse these schemas.

/** A title the learner typed: trimmed, 1 to `max` characters. */
const titleOf = (what: string, max: number): z.ZodString =>
  z.string().trim().min(1, `Give the ${what} a name.`).max(max, `Keep the ${what}'s name under ${max} characters.`)

/** A group of skills (e.g. technical, soft). */
export const categorySchema = z.object({
  id: idSchema,
  order: orderKeySchema,
  title: titleOf('category', L.title),
  hidden: z.boolean().default(false),
})

/** A link to read or watch for a sub-topic: https only, opened through the validated external-link path. */
export const resourceSchema = z.object({
  title: titleOf('link', L.subtopicTitle),
  url: z
    .string()
    .max(L.url, `Keep a link under ${L.url} characters.`)
    .regex(/^https:\/\/\S+$/, 'A link must be a full https:// address, with no spaces.')
    .refine((url) => isHttpsLink(url), 'A link must be a full https:// address.'),
})

/** One thing inside a skill the learner can tick off, with links to learn it from. */
export const subtopicSchema = z.object({
  id: idSchema,
  order: orderKeySchema,
  title: titleOf('sub-topic', L.subtopicTitle),
  resources: z.array(resourceSchema).max(L.resources, `A sub-topic can have at most ${L.resources} links.`).default([]),
})

/** A curriculum pack the learner added, and which release of it. */
export const addedPackSchema = z.object({
  id: idSchema,
  title: titleOf('pack', L.title),
  packVersion: z.number().int().min(1),
})

/** One skill: its id never changes, so progress, notes, time, cards and links follow it. */
export const curriculumSkillSchema = z.object({
  id: idSchema,
  /** Its place among all skills (so among those of its category too). */
  order: orderKeySchema,
  title: titleOf('skill', L.title),
  category: idSchema,
  summary: z.string().max(L.summary, `Keep the description under ${L.summary} characters.`).default(''),
  subtopics: z
    .array(subtopicSchema)
    .max(L.subtopics, `A skill can have at most ${L.subtopics} sub-topics.`)
    .default([]),
  hidden: z.boolean().default(false),
})

/** A built-in goal of a level; the learner may link it to any skill. */
export const curriculumGoalSchema = z.object({
  id: idSchema,
  title: z.string().trim().min(1).max(L.subtopicTitle),
  skillIds: z.array(idSchema).max(L.goalLinks),
})

const ratingSchema = z.object({
  score: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]),
  reason: z.string().max(L.text),
})
const frameworkBase = {
  id: idSchema,
  name: z.string().trim().min(1).max(L.title),
  language: z.string().trim().max(L.title),
  firstRelease: z.number().int().min(1950).max(2200),
  license: z.string().trim().max(L.title),
  style: z.string().trim().max(L.text),
  strengths: z.string().trim().max(L.text),
  uses: z.string().trim().max(L.text),
  namedInSource: z.boolean(),
}

const ratedRow = z.object({
  ...frameworkBase,
  kind: z.literal('framework'),
  ratings: z.object(
    Object.fromEntries(CRITERIA.map((c) => [c, ratingSchema])) as Record<
      (typeof CRITERIA)[number],
      typeof ratingSchema
    >,
  ),
})
const runtimeRow = z.object({ ...frameworkBase, kind: z.literal('runtime'), kindNote: z.string().max(L.text) })

/** A framework row as a pack carries it: no order key (a pack's rows come in its list's order). */
export const packFrameworkRowSchema = z.discriminatedUnion('kind', [ratedRow, runtimeRow])

/** A framework row (rated) or a runtime shown for context (not rated), with its place in the table. */
export const frameworkRowSchema = z.discriminatedUnion('kind', [
  ratedRow.extend({ order: orderKeySchema }),
  runtimeRow.extend({ order: orderKeySchema }),
])

/** The whole curriculum: what the learner studies, in their order. */
export const curriculumSchema = z.object({
  /** Format version of this shape (a pack carries it too). */
  version: z.literal(1),
  categories: z.array(categorySchema).min(1).max(L.categories),
  skills: z.array(curriculumSkillSchema).max(L.skills),
  goals: z.object(
    Object.fromEntries(LEVEL_IDS.map((id) => [id, z.array(curriculumGoalSchema).max(L.goals)])) as Record<
      (typeof LEVEL_IDS)[number],
      z.ZodArray<typeof curriculumGoalSchema>
    >,
  ),
  frameworks: z.array(frameworkRowSchema).max(L.frameworks),
  /** The packs added to it (shipped or imported), so adding one again updates it in place. */
  packs: z.array(addedPackSchema).max(L.packs, `A curriculum can record up to ${L.packs} packs.`).default([]),
  /** The release of the built-in sub-topics' links it has been given (missing: none yet; see curriculum/builtin-links). */
  builtInLinks: z.number().int().min(0).optional(),
})

/** The learner's curriculum as stored. */
export type Curriculum = z.infer<typeof curriculumSchema>
/** One skill of the curriculum. */
export type CurriculumSkill = z.infer<typeof curriculumSkillSchema>
/** One category. */
export type Category = z.infer<typeof categorySchema>
/** One sub-topic. */
export type Subtopic = z.infer<typeof subtopicSchema>
/** One link of a sub-topic. */
export type Resource = z.infer<typeof resourceSchema>
/** One framework or runtime row. */
export type FrameworkRow = z.infer<typeof frameworkRowSchema>
/** A framework row without its order key, as packs and the built-in table give it. */
export type PackFrameworkRow = z.infer<typeof packFrameworkRowSchema>
