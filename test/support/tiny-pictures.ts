import { createHash } from 'node:crypto'

// A real 1x1 PNG: browsers decode it, and the store reads its kind from its first bytes.
const ONE_PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
)

/** A small PNG that decodes; a different `variant` gives different bytes (after the image's end, where decoders stop reading). */
export function pngBytes(variant = ''): Buffer {
  return Buffer.concat([ONE_PIXEL_PNG, Buffer.from(variant, 'utf8')])
}

/** The name the attachment store gives a picture's bytes: its SHA-256 and kind. */
export function storedName(bytes: Uint8Array, kind = 'png'): string {
  return `${createHash('sha256').update(bytes).digest('hex')}.${kind}`
}
