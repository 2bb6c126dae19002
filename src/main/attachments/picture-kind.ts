import { createHash } from 'node:crypto'
import type { PictureExtension } from '../../shared/attachments/names'

const starts = (bytes: Uint8Array, signature: readonly number[], at = 0): boolean =>
  signature.every((byte, index) => bytes[at + index] === byte)

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0))

/**
 * What kind of picture the bytes are, read from their first bytes (never from the file name),
 * or null when they are not a picture a note takes. SVG is recognised by its root element.
 */
export function pictureKindOf(bytes: Uint8Array): PictureExtension | null {
  if (starts(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png'
  if (starts(bytes, [0xff, 0xd8, 0xff])) return 'jpg'
  if (starts(bytes, ascii('GIF87a')) || starts(bytes, ascii('GIF89a'))) return 'gif'
  if (starts(bytes, ascii('RIFF')) && starts(bytes, ascii('WEBP'), 8)) return 'webp'
  if (looksLikeSvg(bytes)) return 'svg'
  return null
}

// Only the start is read: an XML declaration, comments and a doctype may come before <svg.
function looksLikeSvg(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, '')
  const rest = head.replace(/^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*/i, '')
  return /^<svg[\s>]/i.test(rest)
}

/**
 * The name a picture's bytes are stored under (the SHA-256 of its bytes and its kind), or null when
 * they are not a picture. What came from elsewhere (a backup, a sync folder) is used only when this
 * matches the name it came under.
 */
export function storedNameOf(bytes: Uint8Array): string | null {
  const kind = pictureKindOf(bytes)
  return kind ? `${createHash('sha256').update(bytes).digest('hex')}.${kind}` : null
}
