import { z } from 'zod'
import { channel } from './channel'
import { orCancelled } from './dialog'
import { idSchema } from '../schemas/common'
import { cardStateSchema, customCardSchema, gradeSchema, MAX_CARD_TEXT, reviewLogEntrySchema } from '../schemas/review'

/** Spaced-review channels: answering cards and writing one's own. */
export const reviewChannels = {
  /** Records one answer; answers the card's next schedule and the log entry. */
  rate: channel(
    z.object({ cardId: idSchema, grade: gradeSchema }),
    z.object({ cardId: idSchema, card: cardStateSchema, entry: reviewLogEntrySchema }),
  ),
  /** Adds a card the learner wrote (e.g. from a note). */
  addCard: channel(
    z.object({
      skillId: idSchema,
      front: z
        .string()
        .trim()
        .min(1, 'Write a question on the front.')
        .max(MAX_CARD_TEXT, `Keep the question under ${MAX_CARD_TEXT} characters.`),
      back: z
        .string()
        .trim()
        .min(1, 'Write an answer on the back.')
        .max(MAX_CARD_TEXT, `Keep the answer under ${MAX_CARD_TEXT} characters.`),
      noteId: idSchema.optional(),
    }),
    customCardSchema,
  ),
  /** Deletes one of the learner's own cards and its schedule. */
  removeCard: channel(z.object({ cardId: idSchema }), z.null()),
  /** Saves every live card (the curriculum's, the learner's, those inside notes) as a text file Anki imports; answers where and how many. */
  exportAnki: channel(
    z.undefined(),
    orCancelled(
      z.object({
        path: z.string(),
        cards: z.number().int().min(0),
        /** The folder beside the file holding the pictures the cards show, for Anki's collection.media; null when no card shows one. */
        media: z
          .object({ folder: z.string(), pictures: z.number().int().min(0), missing: z.number().int().min(0) })
          .nullable(),
      }),
    ),
  ),
}
