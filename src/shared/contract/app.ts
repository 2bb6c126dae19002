import { z } from 'zod'
import { channel } from './channel'
import { appStateSchema } from '../model'
import { noteSchema } from '../schemas/notes'

/** A note as listed in the app state: everything but the body, which is fetched on demand. */
export const noteMetaSchema = noteSchema.omit({ body: true }).extend({ chars: z.number().int().min(0) })

/** What the renderer holds: the app state with note bodies left out (they can be megabytes). */
export const stateViewSchema = appStateSchema.extend({ notes: z.record(z.string(), noteMetaSchema) })

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
}
