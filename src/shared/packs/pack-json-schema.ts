import { z } from 'zod'
import { packSchema } from './pack-schema'

/** Where the published schema lives, and the address it names itself by. */
export const PACK_SCHEMA_FILE = 'docs/curriculum-pack.schema.json'

/**
 * The pack format as a JSON Schema (draft 2020-12), generated from the zod schema a pack is
 * checked with; the cross-checks zod adds in code (unique ids, known categories, https links) are
 * named in the descriptions. docs/curriculum-pack.schema.json is this, written by
 * `npm run docs:pack-schema`; a test keeps them equal.
 */
export function packJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(packSchema, { io: 'input', target: 'draft-2020-12' }),
    title: 'Groundwork curriculum pack',
    description:
      "A part of a Groundwork curriculum to share: categories, skills with sub-topics (each with https links to learn from), and optionally framework rows and links from built-in level goals to skills. Ids are lowercase letters, digits and dashes, unique among their kind (sub-topic ids within their skill); each skill names one of the pack's categories. packVersion grows with each release of the pack; adding a newer release updates the items with the same ids in place.",
  }
}
