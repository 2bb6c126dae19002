import { z } from 'zod'
import { idSchema, timestampSchema } from './common'

/** What a piece of evidence is. */
export const evidenceKindSchema = z.enum(['repo', 'pull-request', 'certificate', 'article', 'other'])

/** Longest link we store (browsers cope with more, people do not need it). */
export const MAX_URL_CHARS = 2048

/** A link that shows the learner applied a skill. */
export const evidenceItemSchema = z.object({
  id: idSchema,
  url: z.string().min(1).max(MAX_URL_CHARS),
  title: z.string().max(200),
  kind: evidenceKindSchema,
  addedAt: timestampSchema,
})

/** Evidence per skill id, in the order it was added. */
export const evidenceStateSchema = z.record(idSchema, z.array(evidenceItemSchema))

export type EvidenceKind = z.infer<typeof evidenceKindSchema>
export type EvidenceItem = z.infer<typeof evidenceItemSchema>
