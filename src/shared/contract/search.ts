import { z } from 'zod'
import { channel } from './channel'

/** What a search hit points at. */
const searchHitKindSchema = z.enum(['skill', 'subtopic', 'note'])

/** One search result: where it is, a snippet, and the words to highlight. */
const searchHitSchema = z.object({
  kind: searchHitKindSchema,
  skillId: z.string(),
  subtopicId: z.string().optional(),
  noteId: z.string().optional(),
  title: z.string(),
  snippet: z.string(),
  /** Words of the title and snippet that matched (lowercase), for highlighting. */
  terms: z.array(z.string()),
})

/** Full-text search over skills, sub-topics and the learner's notes. */
export const searchChannels = {
  query: channel(
    z.object({
      text: z.string().max(500, 'A search can be at most 500 characters long.'),
      limit: z.number().int().min(1).max(200).optional(),
      /** Match titles only (skill, sub-topic and note titles), as the command palette does. */
      titlesOnly: z.boolean().optional(),
    }),
    z.object({ hits: z.array(searchHitSchema), total: z.number().int().min(0) }),
  ),
}

/** One search result as the renderer receives it. */
export type SearchHit = z.output<typeof searchHitSchema>
