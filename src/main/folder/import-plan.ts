import type { AppState, Note } from '../../shared/model'
import { idSchema, timestampSchema } from '../../shared/schemas/common'
import { OWN_KEYS, stringField } from '../../shared/notes/folder/front-matter'
import { safeName } from '../../shared/notes/folder/safe-name'
import type { FolderContents, SkippedFile } from './read-folder'
import { own } from '../../shared/own'
import type { NoteFileShape } from '../parse/parse-jobs'

/** Longest note title the data file allows. */
const MAX_TITLE_CHARS = 200

/** A note the import would add. `skillId` null: the file names no skill of the learner's, so the learner picks one for its folder. */
export interface IncomingNote {
  path: string
  folder: string
  title: string
  body: string
  skillId: string | null
  /** The id its front matter gives (kept, so importing again updates it), or null for a new one. */
  id: string | null
  createdAt: string | null
  updatedAt: string | null
}

/** A file whose front matter cannot be read: imported whole, as plain text, only if the learner agrees. */
export interface BrokenFile {
  path: string
  folder: string
  title: string
  body: string
  reason: string
}

/** What importing a folder would do to the state it was planned against. */
export interface FolderImportPlan {
  create: IncomingNote[]
  update: { path: string; note: Note; title: string; body: string; skillId: string }[]
  unchanged: string[]
  broken: BrokenFile[]
  skipped: SkippedFile[]
  /** Front matter keys Groundwork does not keep (tags, aliases, ...). */
  otherKeys: string[]
}

const validId = (value: string | undefined): string | null =>
  value !== undefined && idSchema.safeParse(value).success ? value : null
const validTime = (value: string | undefined): string | null =>
  value !== undefined && timestampSchema.safeParse(value).success ? value : null
const clash = (name: string): string => name.normalize('NFC').toLowerCase()

/** Is `name` the file name an export makes of `title` (numbered after a clash, too)? If not, the file was renamed, as Obsidian renames a note. */
function namedAfter(name: string, title: string): boolean {
  const made = clash(safeName(title, 'Untitled'))
  const given = clash(name)
  return given === made || (given.startsWith(`${made} `) && /^\d+$/.test(given.slice(made.length + 1)))
}

/** The skill a folder stands for: the innermost folder on its path named like a skill (its title, the folder an export makes of it, or its id). */
export function suggestedSkill(folder: string, skills: ReadonlyArray<{ id: string; title: string }>): string | null {
  for (const part of folder.split('/').filter(Boolean).reverse()) {
    const skill = skills.find(
      (s) => clash(s.title) === clash(part) || clash(safeName(s.title, s.id)) === clash(part) || s.id === part,
    )
    if (skill) return skill.id
  }
  return null
}

/**
 * What importing `contents` into `state` would do: a file with our front matter updates the note of
 * its id (or adds it under that id), others are added; a file that changes nothing is unchanged, and so
 * is a file without an id whose title and text a note has already (imported before, so not added twice).
 * Skipped, with a reason: a title longer than the data file allows, a second file with an id already
 * seen, an id whose note waits in the trash (bringing it back would overwrite the import). `shapes`
 * are the files' front matter, read off main (the noteFiles parse job), in the order of `contents.files`.
 */
export function planFolderImport(
  contents: FolderContents,
  shapes: readonly NoteFileShape[],
  state: AppState,
): FolderImportPlan {
  const plan: FolderImportPlan = {
    create: [],
    update: [],
    unchanged: [],
    broken: [],
    skipped: [...contents.skipped],
    otherKeys: [],
  }
  // `skill:` names a skill by id (as exports write it) or, written by hand, by its title.
  const skills = new Map<string, string>()
  for (const skill of state.curriculum.skills) skills.set(clash(skill.title), skill.id)
  for (const skill of state.curriculum.skills) skills.set(skill.id, skill.id)
  const trashed = new Set(state.trash.flatMap((entry) => (entry.kind === 'note' ? [entry.note.id] : [])))
  const seen = new Map<string, string>()
  const otherKeys = new Set<string>()
  const byTitle = new Map<string, Note[]>()
  for (const note of Object.values(state.notes)) {
    const same = byTitle.get(note.title)
    if (same) same.push(note)
    else byTitle.set(note.title, [note])
  }
  const alreadyHere = (title: string, body: string): boolean =>
    byTitle.get(title)?.some((note) => note.body === body) ?? false
  for (const [index, file] of contents.files.entries()) {
    const shape = shapes[index]
    if (!shape) throw new Error(`No front matter was read for ${file.path}.`)
    const parsed = shape.kind === 'broken' ? shape : { ...shape, body: file.text.slice(shape.bodyFrom) }
    if (parsed.kind === 'broken') {
      if (alreadyHere(file.name, file.text)) plan.unchanged.push(file.path)
      else
        plan.broken.push({
          path: file.path,
          folder: file.folder,
          title: file.name.slice(0, MAX_TITLE_CHARS),
          body: file.text,
          reason: parsed.reason,
        })
      continue
    }
    const fields = parsed.kind === 'front-matter' ? parsed.fields : {}
    for (const key of Object.keys(fields)) if (!(OWN_KEYS as readonly string[]).includes(key)) otherKeys.add(key)
    // The front matter's title, unless the file was renamed since (a rename in Obsidian renames the note).
    const written = stringField(fields, 'title')
    const title = written !== undefined && namedAfter(file.name, written) ? written : file.name
    if (title.length > MAX_TITLE_CHARS) {
      plan.skipped.push({ path: file.path, reason: `its title is longer than ${MAX_TITLE_CHARS} characters` })
      continue
    }
    const id = validId(stringField(fields, 'id'))
    const named = stringField(fields, 'skill')
    const skillId = named === undefined ? null : (skills.get(named) ?? skills.get(clash(named)) ?? null)
    if (id !== null) {
      const first = seen.get(id)
      if (first !== undefined) {
        plan.skipped.push({ path: file.path, reason: `it has the same id as ${first}` })
        continue
      }
      seen.set(id, file.path)
      const note = own(state.notes, id)
      if (note) {
        const next = { title, body: parsed.body, skillId: skillId ?? note.skillId }
        if (next.title === note.title && next.body === note.body && next.skillId === note.skillId)
          plan.unchanged.push(file.path)
        else plan.update.push({ path: file.path, note, ...next })
        continue
      }
      if (trashed.has(id)) {
        plan.skipped.push({
          path: file.path,
          reason: 'the note of its id waits in the trash: bring it back first, or delete the id line from the file',
        })
        continue
      }
    }
    if (id === null && alreadyHere(title, parsed.body)) {
      plan.unchanged.push(file.path)
      continue
    }
    const createdAt = validTime(stringField(fields, 'created'))
    plan.create.push({
      path: file.path,
      folder: file.folder,
      title,
      body: parsed.body,
      skillId,
      id,
      createdAt,
      updatedAt: validTime(stringField(fields, 'updated')),
    })
  }
  plan.otherKeys = [...otherKeys].sort()
  return plan
}

/** The folders whose notes need a skill from the learner: how many plain and broken files each holds, and the skill its name suggests. */
export function foldersToPlace(
  plan: FolderImportPlan,
  skills: ReadonlyArray<{ id: string; title: string }>,
): { folder: string; plain: number; broken: number; skillId: string | null }[] {
  const counts = new Map<string, { plain: number; broken: number }>()
  const count = (folder: string, key: 'plain' | 'broken'): void => {
    const entry = counts.get(folder) ?? { plain: 0, broken: 0 }
    entry[key] += 1
    counts.set(folder, entry)
  }
  for (const note of plan.create) if (note.skillId === null) count(note.folder, 'plain')
  for (const file of plan.broken) count(file.folder, 'broken')
  return [...counts.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([folder, c]) => ({ folder, ...c, skillId: suggestedSkill(folder, skills) }))
}
