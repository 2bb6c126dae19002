import { constants } from 'node:fs'
import { open, readdir, realpath, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { AppError } from '../../shared/result'
import { MAX_NOTE_CHARS } from '../../shared/notes/limits'
import {
  MAX_FOLDER_BYTES,
  MAX_FOLDER_DEPTH,
  MAX_FOLDER_ENTRIES,
  MAX_FOLDER_FILES,
} from '../../shared/notes/folder/limits'
import { ioReason } from '../io-reason'
import { pathInside } from './inside'

/** One Markdown file read from the folder. */
export interface FolderFile {
  /** Its path from the chosen folder, with `/` between parts. */
  path: string
  /** The folders it sits in, from the chosen one ('' at the top), with `/` between them. */
  folder: string
  /** Its name without `.md`. */
  name: string
  text: string
}

/** A file left out, and why, in the learner's words. */
export interface SkippedFile {
  path: string
  reason: string
}

/** What a folder held: the Markdown files that could be read, those that could not, and how many other files were passed over. */
export interface FolderContents {
  /** The chosen folder, its links resolved: every path below is inside it. */
  root: string
  files: FolderFile[]
  skipped: SkippedFile[]
  otherFiles: number
  /** The picture files found (not read; counted among the other files), as paths from the chosen folder. */
  pictureFiles: string[]
}

/** The limits of one read (tests pass smaller ones). */
export interface FolderLimits {
  files: number
  bytes: number
  entries: number
  depth: number
}

/** The limits the app uses. */
export const FOLDER_LIMITS: FolderLimits = {
  files: MAX_FOLDER_FILES,
  bytes: MAX_FOLDER_BYTES,
  entries: MAX_FOLDER_ENTRIES,
  depth: MAX_FOLDER_DEPTH,
}

// A file this large cannot hold a note of MAX_NOTE_CHARS characters (UTF-8 takes at most 4 bytes each).
const MAX_FILE_BYTES = MAX_NOTE_CHARS * 4
/** Opening without following links: O_NOFOLLOW where the system has it (Windows does not; readdir already told links apart). */
export const READ_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0)
// The files a note's pictures may be (their bytes are checked when they are read).
const PICTURE_FILE = /\.(?:png|jpe?g|gif|webp|svg)$/i
const MB = (bytes: number): string =>
  bytes < 1024 * 1024
    ? `${Math.ceil(bytes / 1024).toLocaleString('en')} KB`
    : `${(bytes / 1024 / 1024).toLocaleString('en', { maximumFractionDigits: 1 })} MB`
const refuse = (why: string): never => {
  throw new AppError('too-large', `${why} Nothing was imported.`)
}

/** A Markdown file found by the walk, not read yet. */
interface Found {
  path: string
  folder: string
  name: string
  full: string
}

/**
 * Every `.md` file under `root`, walked without following links (symlinks and junctions are listed as
 * skipped) and without looking into hidden folders (.obsidian, .git, .trash) or at hidden files. Too
 * many files or bytes in all refuse the whole folder with a clear message.
 */
async function findMarkdown(
  root: string,
  limits: FolderLimits,
): Promise<{ found: Found[]; skipped: SkippedFile[]; otherFiles: number; pictureFiles: string[] }> {
  const found: Found[] = []
  const skipped: SkippedFile[] = []
  const pictureFiles: string[] = []
  let [entries, otherFiles] = [0, 0]
  const queue: { dir: string; rel: string; depth: number }[] = [{ dir: root, rel: '', depth: 0 }]
  for (let next = queue.shift(); next; next = queue.shift()) {
    const { dir, rel, depth } = next
    const listed = await readdir(dir, { withFileTypes: true }).catch((error: unknown) => {
      skipped.push({ path: rel || '.', reason: `the folder cannot be read: ${ioReason(error)}` })
      return []
    })
    for (const entry of listed.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      entries += 1
      if (entries > limits.entries)
        refuse(
          `This folder holds more than ${limits.entries.toLocaleString('en')} files and folders. Choose the folder that holds your notes.`,
        )
      if (entry.name.startsWith('.')) continue
      const path = rel ? `${rel}/${entry.name}` : entry.name
      const full = pathInside(root, join(rel, entry.name))
      if (entry.isSymbolicLink()) skipped.push({ path, reason: 'it is a link; links are not followed' })
      else if (entry.isDirectory()) {
        if (depth + 1 > limits.depth) skipped.push({ path, reason: `it lies more than ${limits.depth} folders deep` })
        else queue.push({ dir: full, rel: path, depth: depth + 1 })
      } else if (entry.isFile() && /\.md$/i.test(entry.name)) {
        found.push({ path, folder: rel, name: entry.name.slice(0, -3), full })
        if (found.length > limits.files)
          refuse(
            `This folder holds more than ${limits.files.toLocaleString('en')} Markdown files; Groundwork imports at most ${limits.files.toLocaleString('en')} at once. Choose a folder with fewer notes.`,
          )
      } else {
        otherFiles += 1
        if (entry.isFile() && PICTURE_FILE.test(entry.name)) pictureFiles.push(path)
      }
    }
  }
  return { found, skipped, otherFiles, pictureFiles }
}

/** The file's text, or why it cannot be a note. */
async function readText(file: Found): Promise<{ text: string } | { reason: string }> {
  let handle
  try {
    handle = await open(file.full, READ_FLAGS)
    const info = await handle.stat()
    if (!info.isFile()) return { reason: 'it is not a plain file' }
    if (info.size > MAX_FILE_BYTES) return { reason: `it is ${MB(info.size)}, larger than any note can be` }
    const bytes = await handle.readFile()
    if (bytes.includes(0)) return { reason: 'it holds binary data, not text' }
    let text: string
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    } catch {
      return { reason: 'it is not UTF-8 text' }
    }
    if (text.length > MAX_NOTE_CHARS)
      return {
        reason: `it holds ${text.length.toLocaleString('en')} characters; a note holds at most ${MAX_NOTE_CHARS.toLocaleString('en')}`,
      }
    return { text }
  } catch (error) {
    return { reason: `it cannot be read: ${ioReason(error)}` }
  } finally {
    await handle?.close()
  }
}

/**
 * Reads the Markdown files of the folder `chosen` (see findMarkdown). A file too large for a note,
 * binary or not UTF-8 is skipped and listed, never cut short; more than `limits.bytes` of Markdown
 * in all refuses the folder before any file is read.
 */
export async function readMarkdownFolder(
  chosen: string,
  limits: FolderLimits = FOLDER_LIMITS,
): Promise<FolderContents> {
  const root = await realpath(chosen).catch((error: unknown) => {
    throw new AppError('not-found', `Could not open ${chosen}: ${ioReason(error)}.`)
  })
  if (!(await stat(root)).isDirectory()) throw new AppError('invalid-payload', `${chosen} is not a folder.`)
  const { found, skipped, otherFiles, pictureFiles } = await findMarkdown(root, limits)
  const sizes = await Promise.all(
    found.map((file) =>
      stat(file.full).then(
        (info) => info.size,
        () => 0,
      ),
    ),
  )
  // Files too large for any note are skipped without reading, so they do not count against the total.
  const total = sizes.reduce((sum, size) => sum + (size > MAX_FILE_BYTES ? 0 : size), 0)
  if (total > limits.bytes)
    refuse(
      `The Markdown files in this folder hold ${MB(total)} together; Groundwork imports at most ${MB(limits.bytes)} at once. Choose a folder with fewer notes.`,
    )
  const files: FolderFile[] = []
  for (const file of found) {
    const read = await readText(file)
    if ('reason' in read) skipped.push({ path: file.path, reason: read.reason })
    else files.push({ path: file.path, folder: file.folder, name: file.name, text: read.text })
  }
  return { root, files, skipped, otherFiles, pictureFiles }
}
