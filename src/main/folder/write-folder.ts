import { mkdir, readdir, stat, writeFile } from 'node:fs/promises'
import { AppError } from '../../shared/result'
import type { AppState, Note } from '../../shared/model'
import { noteFileText } from '../../shared/notes/folder/front-matter'
import { safeName, UniqueNames } from '../../shared/notes/folder/safe-name'
import { errnoCode, ioReason } from '../io-reason'
import { pathInside } from './inside'
import { ATTACHMENTS_FOLDER, attachmentsNamedIn } from '../../shared/attachments/names'
import { picturesRelativeFrom } from '../../shared/notes/folder/picture-paths'
import type { AttachmentStore } from '../attachments/attachment-store'
import { copyStoredPictures, type CopiedPictures } from '../attachments/copy-pictures'

/** Where the notes went and how many. */
export interface WrittenFolder {
  path: string
  notes: number
  skills: number
  /** The chosen folder held files already, so the notes went into a new folder inside it. */
  inNewFolder: boolean
  /** Pictures copied into the folder's attachments/ folder. */
  pictures: number
  /** Pictures the notes name that this profile does not have (their links are written all the same). */
  missingPictures: number
}

/** The folder to write into: `chosen` when empty, else a new folder `name` (numbered when taken) inside it. */
async function targetFolder(chosen: string, name: string): Promise<{ path: string; inNewFolder: boolean }> {
  if (!(await stat(chosen)).isDirectory()) throw new AppError('invalid-payload', `${chosen} is not a folder.`)
  if ((await readdir(chosen)).length === 0) return { path: chosen, inNewFolder: false }
  const base = safeName(name, 'Groundwork notes')
  for (let n = 1; ; n += 1) {
    const path = pathInside(chosen, n === 1 ? base : `${base} ${n}`)
    try {
      await mkdir(path)
      return { path, inNewFolder: true }
    } catch (error) {
      if (errnoCode(error) !== 'EEXIST') throw error
    }
  }
}

/** The notes of each skill, skills in the learner's order, notes oldest first (so numbering stays put between exports). */
function notesBySkill(state: AppState): { folder: string; notes: Note[] }[] {
  const bySkill = new Map<string, Note[]>()
  for (const note of Object.values(state.notes).sort(
    (a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
  ))
    bySkill.set(note.skillId, [...(bySkill.get(note.skillId) ?? []), note])
  const titles = new Map(state.curriculum.skills.map((skill) => [skill.id, skill.title]))
  const order = [...state.curriculum.skills.map((skill) => skill.id), ...bySkill.keys()]
  const folders = new UniqueNames()
  // The pictures' folder is taken first, so a skill named "Attachments" gets "Attachments 2".
  folders.take(ATTACHMENTS_FOLDER)
  return [...new Set(order)].flatMap((skillId) => {
    const notes = bySkill.get(skillId)
    return notes ? [{ folder: folders.take(safeName(titles.get(skillId) ?? skillId, skillId)), notes }] : []
  })
}

/**
 * Writes every note as a `.md` file with front matter, in a folder per skill, under `chosen` (or a
 * new folder `newFolderName` in it when it holds anything already). Names come from titles through
 * safeName, every path is checked to lie inside the target, and no file is overwritten. The pictures
 * the notes name are copied into `attachments/` at the top, each note's links made relative to it.
 */
export async function writeNotesFolder(
  chosen: string,
  state: AppState,
  newFolderName: string,
  attachments: AttachmentStore,
): Promise<WrittenFolder> {
  let written = 0
  let pictures: CopiedPictures
  let target: { path: string; inNewFolder: boolean } | null = null
  const groups = notesBySkill(state)
  try {
    target = await targetFolder(chosen, newFolderName)
    for (const { folder, notes } of groups) {
      const dir = pathInside(target.path, folder)
      await mkdir(dir, { recursive: true })
      const names = new UniqueNames()
      for (const note of notes) {
        const path = pathInside(dir, names.take(safeName(note.title, 'Untitled'), '.md'))
        const text = noteFileText(
          { id: note.id, skill: note.skillId, title: note.title, created: note.createdAt, updated: note.updatedAt },
          picturesRelativeFrom(note.body, 1),
        )
        await writeFile(path, text, { encoding: 'utf8', flag: 'wx' })
        written += 1
      }
    }
    pictures = await copyStoredPictures(
      groups.flatMap(({ notes }) => notes.flatMap((note) => attachmentsNamedIn(note.body))),
      attachments,
      pathInside(target.path, ATTACHMENTS_FOLDER),
    )
  } catch (error) {
    if (error instanceof AppError) throw error
    const where = target?.path ?? chosen
    const done =
      written > 0
        ? ` ${written} of ${Object.keys(state.notes).length} notes were written before it stopped.`
        : ' No note was written.'
    throw new AppError('io-error', `Could not write the notes to ${where}: ${ioReason(error)}.${done}`)
  }
  return {
    path: target.path,
    notes: written,
    skills: groups.length,
    inNewFolder: target.inNewFolder,
    pictures: pictures.copied,
    missingPictures: pictures.missing,
  }
}
