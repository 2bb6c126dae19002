import { readPicture } from './picture-calls'

// The preview shows a stored picture through a blob: URL made from the bytes main reads for it
// (no new scheme, no file: access). Made once per picture and kept for the next render, the
// least recently used given back once too many are kept, so a long session does not hold every
// picture it ever showed.

/** How many pictures' URLs are kept at most. */
export const KEPT_PICTURES = 48
/** How many bytes of pictures are kept at most (the newest one is kept whatever its size). */
export const KEPT_PICTURE_BYTES = 96 * 1024 * 1024

interface Kept {
  url: Promise<string | null>
  /** Set once the bytes came: only then can the entry be given back. */
  href: string | null
  bytes: number
}

const kept = new Map<string, Kept>()

function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

function giveBackOldest(): void {
  let total = 0
  for (const entry of kept.values()) total += entry.bytes
  for (const [name, entry] of kept) {
    if (kept.size <= 1 || (kept.size <= KEPT_PICTURES && total <= KEPT_PICTURE_BYTES)) return
    // A URL still on its way is left: whoever asked for it is waiting.
    if (entry.href === null) continue
    kept.delete(name)
    URL.revokeObjectURL(entry.href)
    total -= entry.bytes
  }
}

/** A blob: URL showing the stored picture `name`, or null when it cannot be read (not found). */
export function pictureUrl(name: string): Promise<string | null> {
  const hit = kept.get(name)
  if (hit) {
    // Used again: it moves to the newest end.
    kept.delete(name)
    kept.set(name, hit)
    return hit.url
  }
  const entry: Kept = { url: Promise.resolve(null), href: null, bytes: 0 }
  entry.url = readPicture(name).then((outcome) => {
    if (!outcome.ok) {
      // Not kept: the picture may come back (a restore), and the next render asks again.
      if (kept.get(name) === entry) kept.delete(name)
      return null
    }
    const bytes = bytesOf(outcome.value.dataBase64)
    entry.href = URL.createObjectURL(new Blob([bytes], { type: outcome.value.type }))
    entry.bytes = bytes.byteLength
    giveBackOldest()
    return entry.href
  })
  kept.set(name, entry)
  giveBackOldest()
  return entry.url
}

/** The URL of a picture already kept, at once (a preview drawn again shows it without a loading frame). */
export function keptPictureUrl(name: string): string | undefined {
  return kept.get(name)?.href ?? undefined
}

/** Whether `url` is still a kept picture's URL (not given back). */
export function isKeptPictureUrl(url: string): boolean {
  for (const entry of kept.values()) if (entry.href === url) return true
  return false
}

/** Gives back every kept URL (tests start clean). */
export function forgetPictureUrls(): void {
  for (const entry of kept.values()) if (entry.href) URL.revokeObjectURL(entry.href)
  kept.clear()
}
