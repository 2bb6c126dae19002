import { z } from 'zod'
import { channel } from './channel'
import { idSchema } from '../schemas/common'
import { trashKindSchema, trashSummarySchema } from '../schemas/trash'
import { stateViewSchema } from './app'

/** Undo for removals: every delete puts what it removed in the one trash; restore puts it back as it was. */
export const trashChannels = {
  /**
   * Puts the removed item with this id (a note, session, goal, own card, evidence link, skill,
   * sub-topic, category or framework row) back where it was, with the same id, text and schedule;
   * `skillId` picks among removals that share an id (sub-topic ids are unique only within their
   * skill). Answers the whole state and what came back.
   */
  restore: channel(
    z.object({ id: idSchema, skillId: idSchema.optional() }),
    z.object({ id: idSchema, kind: trashKindSchema, skillId: idSchema.nullable(), state: stateViewSchema }),
  ),
  /** What the trash holds, newest first: one line each, without the removed text itself. */
  list: channel(z.undefined(), z.array(trashSummarySchema)),
}
