import { z } from 'zod'
import { channel } from './channel'
import { idSchema } from '../schemas/common'
import { evidenceItemSchema, evidenceKindSchema, MAX_URL_CHARS } from '../schemas/evidence'

const listOf = z.object({ skillId: idSchema, items: z.array(evidenceItemSchema) })

/** Evidence channels: links that show a skill in use; each answers the skill's list. */
export const evidenceChannels = {
  add: channel(
    z.object({
      skillId: idSchema,
      url: z
        .string()
        .trim()
        .min(1, 'Enter a link.')
        .max(MAX_URL_CHARS, `Links longer than ${MAX_URL_CHARS} characters are not accepted.`),
      title: z.string().trim().max(200, 'Keep the title under 200 characters.'),
      kind: evidenceKindSchema,
    }),
    listOf,
  ),
  remove: channel(z.object({ skillId: idSchema, id: idSchema }), listOf),
}
