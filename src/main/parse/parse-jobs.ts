import { parseNoteFile } from '../../shared/notes/folder/front-matter'
import { readCurriculumFile } from '../../shared/packs/read-curriculum-file'
import { parseBackupText } from '../backup/parse-backup'
import { pictureLinksIn, type PictureLink } from '../../shared/notes/folder/picture-links'

// The parsing an import needs once its file is read, as named jobs the parse worker runs. Each takes
// and answers plain data: both cross between threads by structured clone.

/**
 * A note file's front matter as read, with where its body starts instead of the body itself (main
 * has the text already), and the pictures its body shows (offsets into the whole file's text).
 */
export type NoteFileShape =
  | { kind: 'plain'; bodyFrom: number; pictures: PictureLink[] }
  | { kind: 'front-matter'; fields: Record<string, unknown>; bodyFrom: number; pictures: PictureLink[] }
  | { kind: 'broken'; reason: string }

/** parseNoteFile, answering the body as an offset: sending every body back would copy the folder's text a second time. */
function noteFileShape(file: string): NoteFileShape {
  const parsed = parseNoteFile(file)
  if (parsed.kind === 'broken') return parsed
  // The body is always the end of the file (after a byte order mark and the front matter).
  const bodyFrom = file.length - parsed.body.length
  const pictures = pictureLinksIn(parsed.body).map((link) => ({
    ...link,
    start: link.start + bodyFrom,
    end: link.end + bodyFrom,
  }))
  return parsed.kind === 'plain'
    ? { kind: 'plain', bodyFrom, pictures }
    : { kind: 'front-matter', fields: parsed.fields, bodyFrom, pictures }
}

/** Every job the parse worker runs, by name. */
export const PARSE_JOBS = {
  /** A curriculum pack or Markdown outline, by the chosen file's name and text. */
  curriculumFile: (input: { name: string; text: string }) => readCurriculumFile(input.name, input.text),
  /** A full backup's text, migrated and validated. */
  backup: (text: string) => parseBackupText(text),
  /** The front matter and pictures of each note file of a Markdown folder, in order. */
  noteFiles: (texts: string[]) => texts.map((text) => noteFileShape(text)),
}

/** The name of a parse job. */
export type ParseJobName = keyof typeof PARSE_JOBS
/** What a job takes. */
export type ParseInput<N extends ParseJobName> = Parameters<(typeof PARSE_JOBS)[N]>[0]
/** What a job answers. */
export type ParseOutput<N extends ParseJobName> = ReturnType<(typeof PARSE_JOBS)[N]>
