import { z } from 'zod'
import { channel } from './channel'
import { orCancelled } from './dialog'
import { effortMinutesSchema, subtopicRefSchema } from '../schemas/plan'
import { planChoiceSchema, planOptionsPatchSchema, planUndoSchema, planViewSchema } from '../plan/schema'

/** Study plan channels: each answers the plan view (worked out in main, on demand). */
export const planChannels = {
  /** The plan from today to the current level's target date. */
  get: channel(z.undefined(), planViewSchema),
  /** Changes hours a week, study days or the start day; what is left out stays. */
  setOptions: channel(planOptionsPatchSchema, planViewSchema),
  /** Sets a sub-topic's effort in minutes (null: back to its default). */
  setEffort: channel(subtopicRefSchema.extend({ minutes: effortMinutesSchema.nullable() }), planViewSchema),
  /** Leaves sub-topics for later (out of the plan), or brings them back. */
  setLater: channel(
    z.object({ keys: z.array(subtopicRefSchema).min(1).max(10_000), later: z.boolean() }),
    planViewSchema,
  ),
  /** The plan as it would be after a choice; nothing is changed. */
  previewChoice: channel(z.object({ choice: planChoiceSchema }), planViewSchema),
  /** Makes a choice in one write; `undo` goes to plan.restore to take it back. */
  applyChoice: channel(
    z.object({ choice: planChoiceSchema }),
    z.object({ view: planViewSchema, undo: planUndoSchema }),
  ),
  /** Puts the plan options and target date back as applyChoice found them. */
  restore: channel(planUndoSchema, planViewSchema),
  /** Asks where to save the plan as an iCalendar (.ics) file and writes it. */
  exportIcs: channel(z.undefined(), orCancelled(z.object({ path: z.string(), events: z.number().int() }))),
}
