import type { AppState, Note } from '../../shared/model'
import { AppError } from '../../shared/result'
import { nextTimestamp } from '../handlers/notes'
import type { FolderImportPlan } from './import-plan'
import { own } from '../../shared/own'

/** What the learner chose in the preview: the skill for each folder of notes that name none, and whether files with broken front matter come in as plain notes. */
export interface FolderImportChoices {
  skillFor: ReadonlyMap<string, string>
  includeBroken: boolean
}

const where = (folder: string): string => (folder === '' ? 'the chosen folder itself' : `the folder ${folder}`)

/** Refuses choices that leave a note without a skill, or name a skill the learner does not have. */
export function checkChoices(plan: FolderImportPlan, choices: FolderImportChoices, skills: ReadonlySet<string>): void {
  const folders = [
    ...plan.create.filter((note) => note.skillId === null).map((note) => note.folder),
    ...(choices.includeBroken ? plan.broken.map((file) => file.folder) : []),
  ]
  for (const folder of new Set(folders)) {
    const skillId = choices.skillFor.get(folder)
    if (skillId === undefined)
      throw new AppError('invalid-payload', `Choose a skill for the notes in ${where(folder)} first.`)
    if (!skills.has(skillId))
      throw new AppError('not-found', `The skill chosen for ${where(folder)} no longer exists. Choose another.`)
  }
}

/**
 * Carries out `plan` on `state` (inside one store update): notes are added and updated (the history
 * listener keeps the text each updated note had as an 'import' version). Answers how many notes
 * were added and updated.
 */
export function applyFolderImport(
  state: AppState,
  plan: FolderImportPlan,
  choices: FolderImportChoices,
  now: Date,
  newId: () => string,
): { added: number; updated: number } {
  const stamp = now.toISOString()
  let added = 0
  const add = (note: Omit<Note, 'id'>, id: string | null): void => {
    const free = id !== null && !Object.hasOwn(state.notes, id) ? id : newId()
    state.notes[free] = { id: free, ...note }
    added += 1
  }
  for (const note of plan.create) {
    const skillId = note.skillId ?? choices.skillFor.get(note.folder)
    if (skillId === undefined) continue
    const createdAt = note.createdAt ?? stamp
    const updatedAt =
      note.updatedAt !== null && note.updatedAt >= createdAt ? note.updatedAt : createdAt > stamp ? createdAt : stamp
    add({ skillId, title: note.title, body: note.body, createdAt, updatedAt }, note.id)
  }
  if (choices.includeBroken) {
    for (const file of plan.broken) {
      const skillId = choices.skillFor.get(file.folder)
      if (skillId !== undefined)
        add({ skillId, title: file.title, body: file.body, createdAt: stamp, updatedAt: stamp }, null)
    }
  }
  for (const { note, title, body, skillId } of plan.update) {
    const current = own(state.notes, note.id)
    if (!current) continue
    state.notes[note.id] = { ...current, title, body, skillId, updatedAt: nextTimestamp(current.updatedAt, now) }
  }
  return { added, updated: plan.update.length }
}
