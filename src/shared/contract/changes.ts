import { z } from 'zod'
import type { Change } from '../changes/records'

const pathSchema = z.array(z.union([z.string(), z.number()])).readonly()

/** Why the state changed (see shared/changes/records.ts). */
const originSchema = z.union([
  z.object({ kind: z.literal('channel'), channel: z.string(), window: z.boolean().optional() }),
  z.object({ kind: z.literal('import'), what: z.enum(['backup', 'pack', 'markdown']) }),
  z.object({ kind: z.literal('restore') }),
  z.object({ kind: z.literal('migration') }),
  z.object({ kind: z.literal('derived'), by: z.enum(['note-cards', 'note-history', 'link-rename']) }),
  z.object({ kind: z.literal('device'), device: z.string() }),
  z.object({ kind: z.literal('internal') }),
])

/** The `changed` event: what one write changed in the part of the state the renderer holds. */
export const changeSchema = z.object({
  origin: originSchema,
  records: z.array(
    z.object({
      kind: z.string(),
      id: z.string(),
      op: z.enum(['created', 'changed', 'removed', 'moved', 'restored']),
      at: pathSchema,
      fields: z.array(
        z.object({
          path: pathSchema,
          op: z.enum(['add', 'replace', 'remove']),
          old: z.unknown().optional(),
          new: z.unknown().optional(),
        }),
      ),
    }),
  ),
}) satisfies z.ZodType<Change>
