// File and folder names made from note and skill titles, safe on Linux, macOS and Windows alike.

/** Longest name made, in UTF-8 bytes, before " 12" and ".md" are added (file systems allow 255). */
export const MAX_NAME_BYTES = 100

// Path separators, the characters Windows refuses in a name, and control characters.
// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const FORBIDDEN = /[\\/:*?"<>|\u0000-\u001f\u007f]/g
// Half a surrogate pair cannot be written to a file name.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g
// Windows keeps these device names for itself, with any extension ("con.md" too).
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i

/** How many bytes a code point takes in UTF-8. */
function utf8Bytes(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4
}

/** `text` cut to at most `max` UTF-8 bytes, never inside a character. */
function capBytes(text: string, max: number): string {
  let bytes = 0
  let out = ''
  for (const char of text) {
    bytes += utf8Bytes(char.codePointAt(0) ?? 0)
    if (bytes > max) break
    out += char
  }
  return out
}

/**
 * A file or folder name made from `title`: no path separators or characters a file system refuses,
 * no leading dots (so never `..` or a hidden file), no trailing dots or spaces, not a reserved Windows
 * name, at most MAX_NAME_BYTES long; `fallback` when nothing is left.
 */
export function safeName(title: string, fallback: string): string {
  let name = title.normalize('NFC').replace(/\s+/g, ' ').replace(LONE_SURROGATE, '-').replace(FORBIDDEN, '-')
  name = name.replace(/^[.\s]+/, '')
  name = capBytes(name, MAX_NAME_BYTES).replace(/[.\s]+$/, '')
  if (name === '') name = fallback
  const stem = name.split('.')[0]?.trim() ?? ''
  return RESERVED.test(stem) ? `_${name}` : name
}

/** The key two names clash on: file systems on macOS and Windows ignore case. */
const clashKey = (name: string): string => name.normalize('NFC').toLowerCase()

/** Hands out names unique within one folder: a clash is numbered ("Title 2.md", "Title 3.md"). */
export class UniqueNames {
  #taken = new Set<string>()

  /** `base` + `extension`, numbered when that name is taken already; the name is then taken. */
  take(base: string, extension = ''): string {
    let name = `${base}${extension}`
    for (let n = 2; this.#taken.has(clashKey(name)); n += 1) name = `${base} ${n}${extension}`
    this.#taken.add(clashKey(name))
    return name
  }
}
