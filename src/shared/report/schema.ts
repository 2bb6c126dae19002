import { z } from 'zod'
import { daySchema, timestampSchema } from '../schemas/common'
import { skillStatusSchema } from '../schemas/skills'

/** How much of each note goes into a report. */
const noteModeSchema = z.enum(['full', 'excerpt', 'none'])

/** What a report includes; dated items (notes edited, study activity, evidence added) are limited to from..to. */
export const reportOptionsSchema = z
  .object({
    include: z.object({
      overview: z.boolean().default(true),
      categories: z.boolean().default(true),
      skills: z.boolean().default(true),
      subtopics: z.boolean().default(true),
      /** List the sub-topics not ticked yet one by one; off, they are folded into a count per skill. */
      notStartedSubtopics: z.boolean().default(false),
      confidence: z.boolean().default(true),
      levels: z.boolean().default(true),
      frameworks: z.boolean().default(true),
      activity: z.boolean().default(true),
      evidence: z.boolean().default(true),
    }),
    notes: noteModeSchema.default('excerpt'),
    from: daySchema.optional(),
    to: daySchema.optional(),
  })
  .refine((o) => !o.from || !o.to || o.from <= o.to, {
    message: 'The start of the date range must not be after its end.',
    path: ['from'],
  })

/** Overall progress across every skill. */
const overviewSectionSchema = z.object({
  kind: z.literal('overview'),
  percent: z.number(),
  done: z.number().int(),
  counted: z.number().int(),
  total: z.number().int(),
  byStatus: z.record(skillStatusSchema, z.number().int()),
})

/** Progress per skill category. */
const categoriesSectionSchema = z.object({
  kind: z.literal('categories'),
  rows: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      percent: z.number(),
      done: z.number().int(),
      counted: z.number().int(),
      total: z.number().int(),
    }),
  ),
})

/** One skill's line in a report. */
const skillRowSchema = z.object({
  id: z.string(),
  title: z.string(),
  category: z.string(),
  status: skillStatusSchema,
  statusLabel: z.string(),
  /** Whole percent, or null for a skipped skill. */
  percent: z.number().nullable(),
  /** 0 = not rated, 1-5. */
  confidence: z.number().int(),
  subtopics: z.array(z.object({ title: z.string(), done: z.boolean() })),
  notes: z.number().int(),
  /** The day of the last change, in the report's zone (ISO, for the CSV). */
  updatedOn: daySchema.optional(),
})

/** Every skill with its status (and optionally confidence and sub-topics). */
const skillsSectionSchema = z.object({
  kind: z.literal('skills'),
  showConfidence: z.boolean(),
  showSubtopics: z.boolean(),
  /** False: sub-topics not ticked yet are counted, not listed (the CSV has them all either way). */
  listNotStarted: z.boolean(),
  rows: z.array(skillRowSchema),
})

/** The learner's notes, in full or as excerpts. */
const notesSectionSchema = z.object({
  kind: z.literal('notes'),
  mode: z.enum(['full', 'excerpt']),
  items: z.array(
    z.object({
      skillTitle: z.string(),
      title: z.string(),
      updatedAt: timestampSchema,
      editedOn: z.string(),
      text: z.string(),
      truncated: z.boolean(),
    }),
  ),
})

/** Readiness per career level (as the Levels view computes it), its target date and goals. */
const levelsSectionSchema = z.object({
  kind: z.literal('levels'),
  levels: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      /** Whole percent of readiness. */
      percent: z.number(),
      doneGoals: z.number().int(),
      totalGoals: z.number().int(),
      explanation: z.string(),
      current: z.boolean(),
      targetDate: daySchema.optional(),
      /** The target date as the learner reads it. */
      targetOn: z.string().optional(),
      /** "12 days left", "due today", "3 days overdue". */
      daysLeft: z.string().optional(),
      /** The study plan against what is left (current level only): ahead or behind, and by how many minutes. */
      plan: z.object({ kind: z.enum(['ahead', 'on-track', 'behind']), minutes: z.number().int().min(0) }).optional(),
      /** That as a sentence, e.g. "Study plan: behind by 12 h (42 h left, 30 h free before 1 Mar 2027)." */
      planText: z.string().optional(),
      /** What is left to study at each week's start if the plan is kept, then on the target date (current level only). */
      planLeft: z
        .array(z.object({ day: z.string(), label: z.string(), minutes: z.number().int().min(0) }))
        .max(200)
        .optional(),
      goals: z.array(z.object({ title: z.string(), done: z.boolean(), custom: z.boolean() })),
    }),
  ),
})

/** Frameworks the learner marked learning or used. */
const frameworksSectionSchema = z.object({
  kind: z.literal('frameworks'),
  items: z.array(z.object({ name: z.string(), mark: z.enum(['learning', 'used']) })),
})

/** Minutes on one skill or category inside the range. */
const minutesRowSchema = z.object({ id: z.string(), label: z.string(), minutes: z.number() })

/** Study time in the range: per day, per category and per skill, and the current streak. */
const activitySectionSchema = z.object({
  kind: z.literal('activity'),
  totalMinutes: z.number(),
  days: z.array(z.object({ date: daySchema, label: z.string(), minutes: z.number(), sessions: z.number().int() })),
  categories: z.array(minutesRowSchema),
  skills: z.array(minutesRowSchema),
  /** The streak as of the report day (it does not depend on the range). */
  streak: z.object({ current: z.number().int(), longest: z.number().int(), minMinutes: z.number().int() }).optional(),
})

/** Links that show a skill in use, added inside the range, grouped by skill. */
const evidenceSectionSchema = z.object({
  kind: z.literal('evidence'),
  skills: z.array(
    z.object({
      skillId: z.string(),
      skillTitle: z.string(),
      links: z.array(
        z.object({
          title: z.string(),
          url: z.string(),
          kind: z.string(),
          addedAt: timestampSchema,
          addedOn: z.string(),
        }),
      ),
    }),
  ),
})

/** One section of a report; renderers switch on `kind`. */
const reportSectionSchema = z.discriminatedUnion('kind', [
  overviewSectionSchema,
  categoriesSectionSchema,
  skillsSectionSchema,
  notesSectionSchema,
  levelsSectionSchema,
  frameworksSectionSchema,
  activitySectionSchema,
  evidenceSectionSchema,
])

/** The one report model every format is rendered from. */
export const reportSchema = z.object({
  title: z.string(),
  generatedAt: timestampSchema,
  /** The generation day as people read it, e.g. "25 Nov 2026". */
  generatedOn: z.string(),
  range: z.object({ from: daySchema.optional(), to: daySchema.optional() }),
  /** The range as a sentence for the header, when a range is set. */
  rangeText: z.string().optional(),
  sections: z.array(reportSectionSchema),
})

export type ReportOptions = z.output<typeof reportOptionsSchema>
export type NoteMode = z.output<typeof noteModeSchema>
export type Report = z.output<typeof reportSchema>
export type ReportSection = z.output<typeof reportSectionSchema>
export type SectionOf<K extends ReportSection['kind']> = Extract<ReportSection, { kind: K }>
/** Export formats. */
export const reportFormatSchema = z.enum(['md', 'html', 'pdf', 'csv'])
export type ReportFormat = z.output<typeof reportFormatSchema>
