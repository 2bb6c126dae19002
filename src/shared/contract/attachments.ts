import { z } from 'zod'
import { channel } from './channel'
import { orCancelled } from './dialog'
import { isAttachmentName, MAX_PICTURE_BYTES } from '../attachments/names'

/** A stored picture's file name: its content's SHA-256 and its kind. */
export const attachmentNameSchema = z.string().refine(isAttachmentName, 'Not the name of a stored picture.')

// Base64 is 4 characters per 3 bytes; the bytes themselves are checked again in main.
const MAX_BASE64_CHARS = Math.ceil(MAX_PICTURE_BYTES / 3) * 4

/** A picture now stored, and the Markdown that shows it in a note. */
export const storedPictureSchema = z.object({ name: attachmentNameSchema, markdown: z.string() })

/** Pictures in notes: stored once each beside the data file, named by their content. */
export const attachmentsChannels = {
  /** Stores a pasted or dropped picture's bytes (base64); answers its name and the Markdown for the note. */
  add: channel(
    z.object({
      fileName: z.string().max(255),
      dataBase64: z
        .string()
        .max(MAX_BASE64_CHARS, `A picture can be at most ${MAX_PICTURE_BYTES / (1024 * 1024)} MB. It was not added.`),
    }),
    storedPictureSchema,
  ),
  /** Asks for a picture file in the OS dialog and stores it; answers like add, or that the dialog was closed. */
  choose: channel(z.undefined(), orCancelled(storedPictureSchema)),
  /** A stored picture's bytes (base64) and type, for the preview to show. */
  read: channel(z.object({ name: attachmentNameSchema }), z.object({ type: z.string(), dataBase64: z.string() })),
}
