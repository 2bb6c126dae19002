// Zod-free and tiny: the renderer's editor, main's store and every export read pictures' names here.

/** The folder beside the data file (and in exports) that holds a profile's pictures. */
export const ATTACHMENTS_FOLDER = 'attachments'

/** The picture kinds a note can hold, by the file extension their stored name carries. */
export const PICTURE_TYPES = {
  png: 'image/png',
  jpg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  svg: 'image/svg+xml',
} as const

/** A stored picture's extension. */
export type PictureExtension = keyof typeof PICTURE_TYPES

/** The largest picture a note takes; a bigger one is refused with a message, never cut. */
export const MAX_PICTURE_BYTES = 20 * 1024 * 1024

/** The file types the Insert picture dialog offers. */
export const PICTURE_FILE_EXTENSIONS = ['png', 'jpg', 'jpeg', 'gif', 'webp', 'svg'] as const

// A stored picture is named by its content: the SHA-256 of its bytes, then its kind.
const NAME = /^[0-9a-f]{64}\.(?:png|jpg|gif|webp|svg)$/
// Anywhere in a text: a note, a history version, a trash entry. Looser than image syntax on purpose,
// so a picture is kept while anything at all still names it.
const MENTION = /attachments\/([0-9a-f]{64}\.(?:png|jpg|gif|webp|svg))/g

/** Is `name` a stored picture's file name (hash and extension, nothing else)? */
export function isAttachmentName(name: string): boolean {
  return NAME.test(name)
}

/** The stored picture a link points at (`attachments/<name>`), or null for anything else. */
export function attachmentOfLink(url: string): string | null {
  const prefix = `${ATTACHMENTS_FOLDER}/`
  if (!url.startsWith(prefix)) return null
  const name = url.slice(prefix.length)
  return isAttachmentName(name) ? name : null
}

/** The MIME type of a stored picture, from its name. */
export function pictureTypeOf(name: string): string {
  const extension = name.slice(name.lastIndexOf('.') + 1) as PictureExtension
  return PICTURE_TYPES[extension] ?? 'application/octet-stream'
}

/** Every stored picture a text names, in order of first mention. */
export function attachmentsNamedIn(text: string): string[] {
  const names = new Set<string>()
  for (const match of text.matchAll(MENTION)) names.add(match[1] as string)
  return [...names]
}

/** Alt text from a file name: its name without the extension, as plain words. */
export function altFromFileName(fileName: string): string {
  const base = fileName
    .replace(/\.[^.]*$/, '')
    .replace(/[-_]+/g, ' ')
    .trim()
  return base === '' ? 'picture' : base
}

/** The Markdown that shows a stored picture: `![alt](attachments/<name>)`, the alt kept to one safe line. */
export function pictureMarkdown(name: string, alt: string): string {
  const safeAlt = alt
    .replace(/[\r\n]+/g, ' ')
    .replace(/([\\[\]])/g, '\\$1')
    .slice(0, 200)
  return `![${safeAlt}](${ATTACHMENTS_FOLDER}/${name})`
}

const megabytes = (bytes: number): string => `${Math.round(bytes / (1024 * 1024))} MB`

/** What a picture over MAX_PICTURE_BYTES is refused with, its size named: said the same before and after it is read. */
export function pictureTooLargeMessage(bytes: number): string {
  return `This picture is ${megabytes(bytes)}; a note takes pictures up to ${megabytes(MAX_PICTURE_BYTES)}. It was not added.`
}
