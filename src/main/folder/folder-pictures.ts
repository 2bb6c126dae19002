import { createHash } from 'node:crypto'
import { open } from 'node:fs/promises'
import { basename, posix } from 'node:path'
import {
  ATTACHMENTS_FOLDER,
  MAX_PICTURE_BYTES,
  altFromFileName,
  isAttachmentName,
  pictureMarkdown,
} from '../../shared/attachments/names'
import type { PictureLink } from '../../shared/notes/folder/picture-links'
import { AppError } from '../../shared/result'
import type { AttachmentStore } from '../attachments/attachment-store'
import { pictureKindOf } from '../attachments/picture-kind'
import { ioReason } from '../io-reason'
import type { NoteFileShape } from '../parse/parse-jobs'
import { pathInside } from './inside'
import { READ_FLAGS, type FolderContents, type FolderFile, type SkippedFile } from './read-folder'

/** Most pictures one import reads; past that, links are listed as left out (a vault of 5,000 comes in whole). */
export const MAX_IMPORT_PICTURES = 10_000
/** Most picture bytes one import reads; the pictures past it are listed as left out. */
export const MAX_IMPORT_PICTURE_BYTES = 4 * 1024 * 1024 * 1024
/** Picture files read at once: enough to keep the disk busy, few enough that memory stays small. */
const BATCH = 8

/** A picture file of the folder, found by a note's link. */
interface PictureSource {
  /** Its path from the chosen folder. */
  path: string
  full: string
}

/** A link found: to a picture file of the folder, or naming a stored picture whose file the folder lacks. */
type FoundLink = { link: PictureLink; path: string } | { link: PictureLink; stored: string }

/** A folder's notes with their pictures found: each good link rewritten to the stored picture it becomes. */
export interface FolderPictures {
  contents: FolderContents
  /** The pictures to bring in, by the name they are stored under. */
  sources: Map<string, PictureSource>
  /** Links whose picture cannot come in, and why; the link stays as it was written. */
  problems: SkippedFile[]
  /** How many of the folder's files are pictures that come in (so they are not counted as passed over). */
  filesUsed: number
}

const megabytes = (bytes: number): string => `${Math.round(bytes / (1024 * 1024))} MB`

/** Runs `work` on every item, at most BATCH at a time. */
async function inBatches<T>(items: readonly T[], work: (item: T) => Promise<void>): Promise<void> {
  for (let from = 0; from < items.length; from += BATCH) await Promise.all(items.slice(from, from + BATCH).map(work))
}

/** A picture file's bytes, read without following a link, refused (with why, in the learner's words) when too large, empty or not a picture. */
export async function readPictureFile(full: string): Promise<Buffer> {
  const handle = await open(full, READ_FLAGS)
  try {
    const info = await handle.stat()
    if (!info.isFile()) throw new AppError('invalid-payload', 'it is not a plain file')
    if (info.size > MAX_PICTURE_BYTES)
      throw new AppError(
        'too-large',
        `it is ${megabytes(info.size)}; a note takes pictures up to ${megabytes(MAX_PICTURE_BYTES)}`,
      )
    if (info.size === 0) throw new AppError('invalid-payload', 'the file is empty')
    return await handle.readFile()
  } finally {
    await handle.close()
  }
}

/** Why a picture file cannot come in, as a phrase. */
const whyNot = (error: unknown): string =>
  error instanceof AppError ? error.message : `it cannot be read: ${ioReason(error)}`

/** The name a picture file will be stored under (its content's SHA-256 and kind), or why it cannot be one. */
async function storedNameOf(full: string): Promise<{ name: string; bytes: number } | { reason: string }> {
  try {
    const bytes = await readPictureFile(full)
    const kind = pictureKindOf(bytes)
    if (!kind) return { reason: 'it is not a PNG, JPEG, GIF, WebP or SVG picture, whatever its name says' }
    return { name: `${createHash('sha256').update(bytes).digest('hex')}.${kind}`, bytes: bytes.byteLength }
  } catch (error) {
    return { reason: whyNot(error) }
  }
}

/**
 * Finds the file a link points at among the folder's pictures (paths from the chosen folder). An
 * image link is relative to its note's file; an embed names a file anywhere in the folder, as
 * Obsidian reads it: the shortest path with that name wins.
 */
function pictureFinder(
  contents: FolderContents,
): (file: FolderFile, link: PictureLink) => string | { reason: string } | { stored: string } {
  const known = new Set(contents.pictureFiles)
  const byName = new Map<string, string[]>()
  for (const path of contents.pictureFiles) {
    const key = posix.basename(path).toLowerCase()
    byName.set(key, [...(byName.get(key) ?? []), path])
  }
  for (const paths of byName.values()) paths.sort((a, b) => a.length - b.length || a.localeCompare(b))
  const leftOut = new Map(contents.skipped.map((file) => [file.path, file.reason]))
  const lookUp = (path: string): string | { reason: string } | { stored: string } => {
    if (known.has(path)) return path
    // A folder exported from here whose picture was missing then: the link still names the stored picture.
    const name = path.startsWith(`${ATTACHMENTS_FOLDER}/`) ? path.slice(ATTACHMENTS_FOLDER.length + 1) : ''
    if (isAttachmentName(name)) return { stored: name }
    return { reason: leftOut.get(path) ?? 'there is no such picture file in the folder' }
  }
  return (file, link) => {
    let target = link.target.replaceAll('\\', '/')
    try {
      target = decodeURIComponent(target)
    } catch {
      // A lone % is part of the name.
    }
    if (link.embed && !target.includes('/'))
      return byName.get(target.toLowerCase())?.[0] ?? { reason: 'there is no picture of that name in the folder' }
    const relative = posix.normalize(posix.join(file.folder, target))
    if (link.embed && known.has(relative)) return relative
    // An embed with folders in it may also be written from the top of the vault.
    const path = link.embed ? posix.normalize(target.replace(/^\/+/, '')) : target.startsWith('/') ? '/' : relative
    if (path === '/' || path === '..' || path.startsWith('../'))
      return { reason: 'it lies outside the chosen folder, which is the only one read' }
    return lookUp(path)
  }
}

/** `text` with each of `replacements` (ranges in order, not overlapping) put in. */
function replaced(text: string, replacements: { start: number; end: number; by: string }[]): string {
  let out = ''
  let at = 0
  for (const { start, end, by } of replacements) {
    out += text.slice(at, start) + by
    at = end
  }
  return out + text.slice(at)
}

/**
 * The pictures the folder's notes show (`shapes` give each file's links): every linked picture file is
 * read once, in small batches, checked (size, kind from its bytes) and hashed, then forgotten; each
 * good link is rewritten to `attachments/<name>`. Nothing outside the folder is read; a link to a
 * missing file, a file that is no picture or a place outside the folder is listed and left as written,
 * and so are the links past `limits` (how many picture files, how many bytes in all).
 */
export async function findFolderPictures(
  contents: FolderContents,
  shapes: readonly NoteFileShape[],
  limits: { pictures: number; bytes: number } = { pictures: MAX_IMPORT_PICTURES, bytes: MAX_IMPORT_PICTURE_BYTES },
): Promise<FolderPictures> {
  const find = pictureFinder(contents)
  const problems: SkippedFile[] = []
  const found = contents.files.map((file, index) => {
    const shape = shapes[index]
    const links = shape && shape.kind !== 'broken' ? shape.pictures : []
    return links.flatMap((link): FoundLink[] => {
      const path = find(file, link)
      if (typeof path === 'string') return [{ link, path }]
      if ('stored' in path) return [{ link, stored: path.stored }]
      problems.push({ path: file.path, reason: `its picture ${link.target} was left as written: ${path.reason}` })
      return []
    })
  })
  const paths = [...new Set(found.flat().flatMap((entry) => ('path' in entry ? [entry.path] : [])))]
  const names = new Map<string, { name: string } | { reason: string }>()
  for (const path of paths.slice(limits.pictures))
    names.set(path, { reason: `the folder links more than ${limits.pictures.toLocaleString('en')} pictures` })
  let read = 0
  await inBatches(paths.slice(0, limits.pictures), async (path) => {
    if (read > limits.bytes)
      return void names.set(path, { reason: `the pictures linked before it hold ${megabytes(read)} already` })
    const stored = await storedNameOf(pathInside(contents.root, path))
    if ('bytes' in stored) read += stored.bytes
    names.set(path, stored)
  })
  const sources = new Map<string, PictureSource>()
  const used = new Set<string>()
  const files = contents.files.map((file, index) => {
    const replacements = (found[index] ?? []).flatMap((entry) => {
      const { link } = entry
      if ('stored' in entry) return [{ start: link.start, end: link.end, by: pictureMarkdown(entry.stored, link.alt) }]
      const { path } = entry
      const stored = names.get(path)
      if (!stored || 'reason' in stored) {
        problems.push({ path: file.path, reason: `its picture ${link.target} was left as written: ${stored?.reason}` })
        return []
      }
      sources.set(stored.name, { path, full: pathInside(contents.root, path) })
      used.add(path)
      const alt = link.alt.trim() || altFromFileName(basename(path))
      return [{ start: link.start, end: link.end, by: pictureMarkdown(stored.name, alt) }]
    })
    return replacements.length === 0 ? file : { ...file, text: replaced(file.text, replacements) }
  })
  return { contents: { ...contents, files }, sources, problems, filesUsed: used.size }
}

/**
 * Stores the pictures `names` that came with an import (those the profile lacks), read again in
 * small batches. A file changed or gone since the preview stops the import before any note is
 * written, so no note points at a picture that is not there.
 */
export async function bringPictures(
  names: Iterable<string>,
  sources: ReadonlyMap<string, PictureSource>,
  attachments: AttachmentStore,
): Promise<void> {
  const wanted = [...new Set(names)].filter((name) => sources.has(name))
  await inBatches(wanted, async (name) => {
    if (await attachments.has(name)) return
    const source = sources.get(name) as PictureSource
    let stored: string
    try {
      stored = await attachments.add(await readPictureFile(source.full))
    } catch (error) {
      throw new AppError(
        'io-error',
        `The picture ${source.path} could not be brought in: ${whyNot(error)}. Nothing was imported.`,
      )
    }
    if (stored !== name)
      throw new AppError(
        'io-error',
        `The picture ${source.path} changed since the preview. Nothing was imported; choose the folder again.`,
      )
  })
}
