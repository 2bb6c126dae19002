import { z } from 'zod'
import { channel } from './channel'
import { appStateSchema } from '../model'
import { noteSchema } from '../schemas/notes'
import { idSchema } from '../schemas/common'
import { VIEWS } from '../settings/workspace'

/** A note as listed (notes.list, create, save): everything but the body, which is fetched on demand. */
export const noteMetaSchema = noteSchema.omit({ body: true }).extend({ chars: z.number().int().min(0) })

/**
 * What the renderer holds: the app state without its notes (bodies can be megabytes, and even
 * their metadata is listed per skill on demand through notes.list) and without the trash (it holds
 * removed notes; trash.list lists it line by line, trash.restore reads it), plus how many notes each skill has (skills without notes
 * are left out), for the Dashboard and the command palette.
 */
export const stateViewSchema = appStateSchema
  .omit({ notes: true, trash: true, noteHistory: true })
  .extend({ noteCounts: z.record(idSchema, z.number().int().min(0)) })

/** Something the learner must be told about the data file (recovery, failed writes). */
export const noticeSchema = z.object({
  id: z.string(),
  level: z.enum(['info', 'warning', 'error']),
  title: z.string(),
  message: z.string(),
  /** A file the notice is about (the kept-aside bad copy, a restored backup). */
  path: z.string().optional(),
})

/** App-wide channels. */
export const appChannels = {
  /** The whole state plus notices raised before the window could listen. */
  getState: channel(z.undefined(), z.object({ state: stateViewSchema, notices: z.array(noticeSchema) })),
  /** The renderer says every pending edit is saved, so the window may close. */
  flushed: channel(z.undefined(), z.null()),
  /** Reveal a file (a kept-aside copy, an export) in the OS file manager. */
  showInFolder: channel(z.object({ path: z.string().min(1).max(4096) }), z.null()),
  /** Open an http(s) link in the OS browser (the renderer asks the learner first where it matters). */
  openExternal: channel(z.object({ url: z.string().min(1).max(2048) }), z.null()),
  /** A view failed to render: main writes what the renderer saw to its log, so the learner can send it. */
  reportError: channel(
    z.object({
      view: z.enum(VIEWS),
      message: z.string().max(2000),
      stack: z.string().max(20_000).default(''),
    }),
    z.null(),
  ),
}
