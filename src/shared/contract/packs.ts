import { z } from 'zod'
import { channel } from './channel'
import { orCancelled } from './dialog'
import { importTokenSchema } from './imports'
import { idSchema } from '../schemas/common'
import { CURRICULUM_LIMITS as L } from '../curriculum/limits'
import type { ImportSummary } from '../packs/import-summary'

const namedCount = z.object({ count: z.number().int().min(0), names: z.array(z.string()) })

/** What importing would add, rename, update and keep (see packs/import-summary.ts). */
export const importSummarySchema = z.object({
  categories: z.object({ added: namedCount, renamed: namedCount, kept: z.number().int().min(0) }),
  skills: z.object({ added: namedCount, renamed: namedCount, updated: namedCount, kept: namedCount }),
  subtopics: z.object({ added: namedCount, renamed: namedCount, kept: z.number().int().min(0) }),
  ticked: z.number().int().min(0),
  frameworks: z.object({ added: z.number().int().min(0), updated: z.number().int().min(0) }),
  goalLinks: z.number().int().min(0),
  skipped: z.array(z.string()),
  pack: z
    .object({
      id: z.string(),
      title: z.string(),
      packVersion: z.number().int(),
      addedVersion: z.number().int().optional(),
    })
    .optional(),
}) satisfies z.ZodType<ImportSummary>

/** A previewed import: what it would do, under a token for imports.confirm and imports.cancel; the checked pack or outline stays in main. */
export const packPreviewSchema = z.object({
  token: importTokenSchema,
  source: z.object({ kind: z.enum(['pack', 'outline', 'shipped']), name: z.string() }),
  summary: importSummarySchema,
})

/** A pack shipped with Groundwork, as the chooser lists it. */
const shippedInfoSchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  packVersion: z.number().int(),
  skills: z.number().int(),
  subtopics: z.number().int(),
})

/** Curriculum pack channels: export, previewing an import (imports.confirm carries it out), and the shipped packs. */
export const packsChannels = {
  /** Asks for a pack (.json) or a Markdown outline, checks it and answers what importing it would do, or that the dialog was closed. */
  chooseImport: channel(z.undefined(), orCancelled(packPreviewSchema)),
  /** What adding a shipped pack (again, or its newer release) would do. */
  previewShipped: channel(z.object({ packId: idSchema }), packPreviewSchema),
  /** The packs shipped with Groundwork. */
  shipped: channel(z.undefined(), z.object({ packs: z.array(shippedInfoSchema) })),
  /** Saves the curriculum, or chosen categories and skills (none chosen: all), as a pack or a Markdown outline where the learner chooses. */
  exportFile: channel(
    z.object({
      format: z.enum(['json', 'markdown']),
      categoryIds: z.array(idSchema).max(L.categories).default([]),
      skillIds: z.array(idSchema).max(L.skills).default([]),
      title: z
        .string()
        .trim()
        .min(1, 'Give the pack a name.')
        .max(L.title, `Keep the pack's name under ${L.title} characters.`)
        .default('My curriculum'),
      description: z.string().trim().max(L.summary).default(''),
      packVersion: z.number().int().min(1).max(1_000_000).default(1),
    }),
    orCancelled(z.object({ path: z.string() })),
  ),
}

export type PackPreview = z.output<typeof packPreviewSchema>
export type ShippedInfo = z.output<typeof shippedInfoSchema>
