import { z } from 'zod'
import { daySchema, idSchema } from './common'

/** Most hours a week a plan may ask for: 16 hours on each of 7 days. */
export const MAX_HOURS_PER_WEEK = 112

/** Longest effort one sub-topic may be given, in minutes (a full working week). */
export const MAX_EFFORT_MINUTES = 40 * 60

/** A day of the week, 0 Monday ... 6 Sunday (as calendar/days.ts `weekday` counts). */
export const weekdaySchema = z
  .number()
  .int()
  .min(0, 'A weekday is 0 (Monday) to 6 (Sunday).')
  .max(6, 'A weekday is 0 (Monday) to 6 (Sunday).')

/** Hours a week the learner can give, as they may set it: more than zero. */
export const hoursPerWeekSchema = z
  .number({ error: 'Enter the hours a week as a number.' })
  .positive('Give the plan some time: at least a few minutes a week.')
  .max(MAX_HOURS_PER_WEEK, `A week holds at most ${MAX_HOURS_PER_WEEK} hours of study in a plan.`)

/** Minutes one sub-topic takes, as the learner set it. */
export const effortMinutesSchema = z
  .number({ error: 'Enter the minutes as a number.' })
  .int('Enter whole minutes.')
  .min(5, 'A sub-topic takes at least 5 minutes.')
  .max(MAX_EFFORT_MINUTES, `A sub-topic can take at most ${MAX_EFFORT_MINUTES / 60} hours.`)

/** The study days of a week: at least one, no repeats. */
export const studyDaysSchema = z
  .array(weekdaySchema)
  .min(1, 'Pick at least one day of the week to study on.')
  .max(7)
  .refine((days) => new Set(days).size === days.length, 'Each weekday can be picked once.')

/**
 * The learner's study plan options (the target date is the current level's, in levels). Every
 * field has a default, so a file written before plans existed loads unchanged.
 */
export const planStateSchema = z.object({
  /** Hours a week the learner can give; null until they set it (no plan is made before). */
  hoursPerWeek: z.number().min(0).max(MAX_HOURS_PER_WEEK).nullable().default(null),
  /** The days of the week to study on, 0 Monday ... 6 Sunday. */
  studyDays: z
    .array(weekdaySchema)
    .max(7)
    .default(() => [0, 1, 2, 3, 4]),
  /** Minutes the learner gave a sub-topic instead of its default: skill id -> sub-topic id -> minutes. */
  efforts: z.record(idSchema, z.record(idSchema, effortMinutesSchema)).default(() => ({})),
  /** Sub-topics left for later (out of the plan): skill id -> sub-topic id -> true. */
  later: z.record(idSchema, z.record(idSchema, z.literal(true))).default(() => ({})),
  /** The first day the plan may use (null: today). */
  startDay: daySchema.nullable().default(null),
})

/** The plan options as stored. */
export type PlanState = z.infer<typeof planStateSchema>

/** One sub-topic, named by its skill (sub-topic ids are unique only within a skill). */
export const subtopicRefSchema = z.object({ skillId: idSchema, subtopicId: idSchema })

/** A sub-topic reference. */
export type SubtopicRef = z.infer<typeof subtopicRefSchema>
