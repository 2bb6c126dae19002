import { z } from 'zod'
import { channel } from './channel'
import { idSchema } from '../schemas/common'
import { levelIdSchema } from '../schemas/levels'
import { curriculumSchema } from '../schemas/curriculum'
import { CRITERIA, type Criterion } from '../frameworks/prefs'
import { CURRICULUM_LIMITS as L } from '../curriculum/limits'

const title = (what: string, max: number) =>
  z.string().trim().min(1, `Give the ${what} a name.`).max(max, `Keep the ${what}'s name under ${max} characters.`)
const skillTitle = title('skill', L.title)
const subtopicTitle = title('sub-topic', L.subtopicTitle)
const categoryTitle = title('category', L.title)
const summary = z.string().trim().max(L.summary, `Keep the description under ${L.summary} characters.`)
const text = z.string().trim().max(L.text, `Keep it under ${L.text} characters.`)

/** Where to move an item: one step, or to a position among its siblings (a drop). */
export const curriculumMoveSchema = z.union([z.enum(['up', 'down']), z.number().int().min(0).max(L.skills)])

const rating = z.object({
  score: z.number().int().min(1, 'Ratings are 1 to 5.').max(5, 'Ratings are 1 to 5.'),
  reason: text,
})
const ratings = z.object(Object.fromEntries(CRITERIA.map((c) => [c, rating])) as Record<Criterion, typeof rating>)

/** The facts of a framework row the learner types (adding one, or changing any of them). */
const frameworkFacts = {
  name: title('framework', L.title),
  language: z
    .string()
    .trim()
    .min(1, 'Name the language.')
    .max(L.title, `Keep the language under ${L.title} characters.`),
  firstRelease: z
    .number()
    .int('Give the year as a whole number.')
    .min(1950, 'Give a year from 1950 on.')
    .max(2200, 'Give a year up to 2200.'),
  license: z.string().trim().max(L.title, `Keep the license under ${L.title} characters.`),
  style: text,
  strengths: text,
  uses: text,
}

/** One edit of the curriculum; ids of new items are made by main and never change. */
export const curriculumEditSchema = z.discriminatedUnion('op', [
  z.object({
    op: z.literal('addSkill'),
    categoryId: idSchema,
    title: skillTitle,
    summary: summary.default(''),
    subtopics: z.array(subtopicTitle).max(L.subtopics).default([]),
  }),
  z.object({
    op: z.literal('updateSkill'),
    skillId: idSchema,
    title: skillTitle.optional(),
    summary: summary.optional(),
    categoryId: idSchema.optional(),
  }),
  z.object({ op: z.literal('moveSkill'), skillId: idSchema, to: curriculumMoveSchema }),
  z.object({ op: z.literal('hideSkill'), skillId: idSchema, hidden: z.boolean() }),
  z.object({ op: z.literal('deleteSkill'), skillId: idSchema }),
  z.object({ op: z.literal('addSubtopic'), skillId: idSchema, title: subtopicTitle }),
  z.object({ op: z.literal('renameSubtopic'), skillId: idSchema, subtopicId: idSchema, title: subtopicTitle }),
  z.object({ op: z.literal('moveSubtopic'), skillId: idSchema, subtopicId: idSchema, to: curriculumMoveSchema }),
  z.object({ op: z.literal('deleteSubtopic'), skillId: idSchema, subtopicId: idSchema }),
  z.object({ op: z.literal('addCategory'), title: categoryTitle }),
  z.object({ op: z.literal('renameCategory'), categoryId: idSchema, title: categoryTitle }),
  z.object({ op: z.literal('moveCategory'), categoryId: idSchema, to: curriculumMoveSchema }),
  z.object({ op: z.literal('hideCategory'), categoryId: idSchema, hidden: z.boolean() }),
  z.object({ op: z.literal('deleteCategory'), categoryId: idSchema }),
  z.object({
    op: z.literal('linkGoal'),
    level: levelIdSchema,
    goalId: idSchema,
    skillIds: z.array(idSchema).max(L.goalLinks, `A goal can link to at most ${L.goalLinks} skills.`),
  }),
  z.object({
    op: z.literal('addFramework'),
    ...frameworkFacts,
    license: frameworkFacts.license.default(''),
    style: text.default(''),
    strengths: text.default(''),
    uses: text.default(''),
    ratings,
  }),
  z
    .object(frameworkFacts)
    .partial()
    .extend({ op: z.literal('updateFramework'), frameworkId: idSchema, ratings: ratings.partial().optional() }),
  z.object({ op: z.literal('removeFramework'), frameworkId: idSchema }),
])

/** One curriculum edit, as sent. */
export type CurriculumEdit = z.output<typeof curriculumEditSchema>

/** Curriculum channels: each answers the whole curriculum as stored. */
export const curriculumChannels = {
  /** Applies one edit (add, rename, describe, move, hide, delete to the trash, link a goal, add, change or remove a framework row); trash.restore undoes a delete. */
  edit: channel(curriculumEditSchema, curriculumSchema),
}
