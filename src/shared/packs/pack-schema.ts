import { z } from 'zod'
import { idSchema } from '../schemas/common'
import {
  categorySchema,
  curriculumSkillSchema,
  packFrameworkRowSchema,
  resourceSchema,
  subtopicSchema,
} from '../schemas/curriculum'
import { levelIdSchema } from '../schemas/levels'
import { CURRICULUM_LIMITS as L } from '../curriculum/limits'
import { PACK_FORMAT, PACK_FORMAT_VERSION } from './pack-format'

// A curriculum pack: a versioned part of a curriculum (categories, skills with sub-topics and
// their links, optionally framework rows and goal links), built from the curriculum's own schemas.
// docs/curriculum-pack.schema.json is generated from packSchema (a test keeps the two equal).

/** A category of a pack (a pack never hides anything). */
export const packCategorySchema = categorySchema.pick({ id: true, title: true }).strict()

/** A sub-topic of a pack, with its links. */
export const packSubtopicSchema = subtopicSchema
  .omit({ order: true })
  .extend({ resources: z.array(resourceSchema.strict()).max(L.resources).default([]) })
  .strict()

/** A skill of a pack: its category is one of the pack's categories. */
export const packSkillSchema = curriculumSkillSchema
  .pick({ id: true, title: true, category: true, summary: true })
  .extend({
    subtopics: z
      .array(packSubtopicSchema)
      .max(L.subtopics, `A skill can have at most ${L.subtopics} sub-topics.`)
      .default([]),
  })
  .strict()

/** Skills a pack links to one of the built-in goals of a level. */
export const packGoalLinkSchema = z
  .object({ level: levelIdSchema, goalId: idSchema, skillIds: z.array(idSchema).max(L.goalLinks) })
  .strict()

/** The pack file: what `groundwork-curriculum-pack` version 1 means. */
export const packSchema = z
  .object({
    format: z.literal(PACK_FORMAT),
    formatVersion: z.literal(PACK_FORMAT_VERSION),
    id: idSchema,
    title: z
      .string()
      .trim()
      .min(1, 'Give the pack a name.')
      .max(L.title, `Keep the pack's name under ${L.title} characters.`),
    description: z
      .string()
      .trim()
      .max(L.summary, `Keep the pack's description under ${L.summary} characters.`)
      .default(''),
    /** Grows by one (or more) with each release of the pack. */
    packVersion: z.number().int().min(1).max(1_000_000),
    categories: z
      .array(packCategorySchema)
      .min(1, 'A pack needs at least one category.')
      .max(L.categories, `A pack can hold up to ${L.categories} categories.`),
    skills: z.array(packSkillSchema).max(L.skills, `A pack can hold up to ${L.skills} skills.`),
    frameworks: z
      .array(packFrameworkRowSchema)
      .max(L.frameworks, `A pack can hold up to ${L.frameworks} framework rows.`)
      .optional(),
    goalLinks: z
      .array(packGoalLinkSchema)
      .max(L.goals * 3)
      .optional(),
  })
  .strict()
  .superRefine((pack, ctx) => {
    const dup = (what: string, ids: string[], path: (string | number)[]): void => {
      const seen = new Set<string>()
      for (const id of ids) {
        if (seen.has(id))
          ctx.addIssue({ code: 'custom', path, message: `Two ${what} have the id "${id}": each id may appear once.` })
        seen.add(id)
      }
    }
    dup(
      'categories',
      pack.categories.map((c) => c.id),
      ['categories'],
    )
    dup(
      'skills',
      pack.skills.map((s) => s.id),
      ['skills'],
    )
    dup(
      'framework rows',
      (pack.frameworks ?? []).map((f) => f.id),
      ['frameworks'],
    )
    const categories = new Set(pack.categories.map((c) => c.id))
    pack.skills.forEach((skill, i) => {
      if (!categories.has(skill.category))
        ctx.addIssue({
          code: 'custom',
          path: ['skills', i, 'category'],
          message: `The skill "${skill.title}" is in a category ("${skill.category}") the pack does not have.`,
        })
      dup(
        `sub-topics of "${skill.title}"`,
        skill.subtopics.map((s) => s.id),
        ['skills', i, 'subtopics'],
      )
    })
  })

/** A validated curriculum pack. */
export type CurriculumPack = z.output<typeof packSchema>
/** A pack as written (defaults not yet filled in). */
export type CurriculumPackInput = z.input<typeof packSchema>
