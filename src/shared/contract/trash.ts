import { z } from 'zod'
import { channel } from './channel'
import { idSchema } from '../schemas/common'
import { trashKindSchema } from '../schemas/trash'
import { stateViewSchema } from './app'

/** Undo for removals: every delete puts what it removed in the trash; restore puts it back as it was. */
export const trashChannels = {
  /**
   * Puts the removed item with this id (a note, session, goal, own card or evidence link) back
   * where it was, with the same id, text and schedule; answers the whole state and what came back.
   */
  restore: channel(z.object({ id: idSchema }), z.object({ id: idSchema, kind: trashKindSchema, skillId: idSchema.nullable(), state: stateViewSchema })),
}
