import { z } from 'zod'
import { daySchema, idSchema } from '../schemas/common'
import { levelIdSchema } from '../schemas/levels'
import { hoursPerWeekSchema, planStateSchema, studyDaysSchema, subtopicRefSchema, weekdaySchema } from '../schemas/plan'

// The study plan as main answers it: the days up to the target date, what is planned on each, and
// how the work fits. Built by plan/planner.ts; the renderer shows it as it comes.

const minutesSchema = z.number().int().min(0)

/** One sub-topic's part on one day (a sub-topic longer than a day's room is split over days). */
export const planItemSchema = z.object({
  /** "skill id/sub-topic id": stable while the curriculum keeps the ids. */
  key: z.string(),
  skillId: idSchema,
  subtopicId: idSchema,
  skillTitle: z.string(),
  subtopicTitle: z.string(),
  /** Minutes of it planned on this day (for an unplanned item: the minutes that did not fit). */
  minutes: minutesSchema,
  /** The sub-topic's whole effort, and its default when the learner has not set one. */
  effort: minutesSchema,
  defaultEffort: minutesSchema,
  /** Which part this is (1-based) of how many days the sub-topic is spread over. */
  part: z.number().int().min(1),
  parts: z.number().int().min(1),
})

/** One calendar day of the plan. */
export const planDaySchema = z.object({
  day: daySchema,
  weekday: weekdaySchema,
  studyDay: z.boolean(),
  /** Minutes the learner can give that day (0 on a day off). */
  capacityMinutes: minutesSchema,
  /** Cards the scheduler expects due that day (a day off's go to the next study day) and their minutes. */
  reviewCards: z.number().int().min(0),
  reviewMinutes: minutesSchema,
  items: z.array(planItemSchema),
})

/** A week of the plan, Monday to Sunday (the first and last may be cut by today and the date). */
export const planWeekSchema = z.object({
  start: daySchema,
  days: z.array(planDaySchema),
  workMinutes: minutesSchema,
  reviewMinutes: minutesSchema,
})

/** How what is left fits the time before the date. */
export const planFitSchema = z.object({
  fits: z.boolean(),
  /** Sub-topic minutes left (what is left for later not counted). */
  workMinutes: minutesSchema,
  /** Review minutes the scheduler predicts before the date. */
  reviewMinutes: minutesSchema,
  /** Minutes the learner can give before the date. */
  freeMinutes: minutesSchema,
  /** Work and review that do not fit (0 when it fits). */
  shortMinutes: minutesSchema,
  /** Sub-topics (or their last parts) that found no day, in curriculum order. */
  unplanned: z.array(planItemSchema),
  /** e.g. "42 h left, 30 h free before 1 March 2027." (null when it fits). */
  message: z.string().nullable(),
})

/** Today's part of the plan. */
export const planTodaySchema = z.object({
  day: daySchema,
  /** Sub-topics planned for today, in order. */
  items: z.array(planItemSchema),
  /** Cards due now. */
  cardsDue: z.number().int().min(0),
  reviewMinutes: minutesSchema,
  /** Minutes studied today (every session of the day). */
  studiedMinutes: minutesSchema,
  /** Today's even share of the plan, what was studied already counting toward it. */
  shareMinutes: minutesSchema,
})

/** Ahead of or behind what the time left allows, and by how many minutes. */
export const planPaceSchema = z.object({
  kind: z.enum(['ahead', 'on-track', 'behind']),
  minutes: minutesSchema,
})

/** Why there is no plan, or 'ready'. */
export const planStatusSchema = z.enum(['ready', 'no-hours', 'no-target-date', 'date-passed', 'nothing-left'])

/** One way to make what is left fit, each previewed before it changes anything. */
export const planChoiceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('later-date'), date: daySchema }),
  z.object({ kind: z.literal('more-hours'), hoursPerWeek: hoursPerWeekSchema }),
  z.object({
    kind: z.literal('leave-for-later'),
    keys: z
      .array(subtopicRefSchema)
      .min(1, 'Pick at least one sub-topic to leave for later.')
      .max(10_000, 'Too many sub-topics at once.'),
  }),
])

/** The plan options the learner sets (the target date is the level's). */
export const planOptionsSchema = planStateSchema.pick({ hoursPerWeek: true, studyDays: true, startDay: true })

/** The study plan view. */
export const planViewSchema = z.object({
  status: planStatusSchema,
  /** What the learner must do for a plan, or why it looks as it does (null when all is well). */
  message: z.string().nullable(),
  level: levelIdSchema,
  targetDate: daySchema.nullable(),
  options: planOptionsSchema,
  /** The first day planned (today, or the chosen start day). */
  from: daySchema,
  weeks: z.array(planWeekSchema),
  today: planTodaySchema,
  fit: planFitSchema,
  pace: planPaceSchema,
  /** When it does not fit: the earliest date it would fit at these hours, the hours a week it needs by the date. */
  suggestions: z.object({ laterDate: daySchema.nullable(), hoursPerWeek: z.number().nullable() }),
  /** Sub-topics left for later, in curriculum order. */
  later: z.array(planItemSchema),
  /** Sub-topic minutes left at the start of each week if the plan is kept, then on the target date: what is left over time. */
  leftOverTime: z.array(z.object({ day: daySchema, minutes: minutesSchema })),
  /** The choice this view previews (null for the plan as it is). */
  preview: planChoiceSchema.nullable(),
})

/** What applyChoice changed, to put back through plan.restore (the app's undo). */
export const planUndoSchema = z.object({
  level: levelIdSchema,
  targetDate: daySchema.nullable(),
  plan: planStateSchema,
})

/** Options a learner changes at once; what is left out stays. */
export const planOptionsPatchSchema = z.object({
  hoursPerWeek: hoursPerWeekSchema.optional(),
  studyDays: studyDaysSchema.optional(),
  startDay: daySchema.nullable().optional(),
})

export type PlanItem = z.infer<typeof planItemSchema>
export type PlanDay = z.infer<typeof planDaySchema>
export type PlanWeek = z.infer<typeof planWeekSchema>
export type PlanFit = z.infer<typeof planFitSchema>
export type PlanToday = z.infer<typeof planTodaySchema>
export type PlanPace = z.infer<typeof planPaceSchema>
export type PlanStatus = z.infer<typeof planStatusSchema>
export type PlanChoice = z.infer<typeof planChoiceSchema>
export type PlanView = z.infer<typeof planViewSchema>
export type PlanUndo = z.infer<typeof planUndoSchema>
export type PlanOptions = z.infer<typeof planOptionsSchema>
