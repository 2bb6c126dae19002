import { appStateSchema, type AppState } from '../../shared/model'
import { migrate, versionOf } from './migrations'
import { withBuiltInLinks } from '../../shared/curriculum/builtin-links'
import { withDevicePart } from '../../shared/schemas/device'

/** Parses, migrates and validates raw file text; throws with a readable reason. */
export function parseState(text: string): AppState {
  return parseStateFile(text).state
}

/** parseState, also telling the data version the text was written in (lower than SCHEMA_VERSION when it was migrated). */
export function parseStateFile(text: string): { state: AppState; fromVersion: number } {
  if (text.trim() === '') throw new Error('The file is empty.')
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    throw new Error('The file is not valid JSON (it may have been cut short).')
  }
  const fromVersion = versionOf(raw)
  return { state: validateState(raw), fromVersion }
}

/**
 * Migrates and validates parsed JSON (throws NewerVersionError for a newer file). A curriculum
 * from before the current built-in links gets them where the learner has none of their own.
 */
export function validateState(raw: unknown): AppState {
  const result = appStateSchema.safeParse(withDevicePart(migrate(raw)))
  if (!result.success) {
    const first = result.error.issues[0]
    throw new Error(
      `The file does not have the expected shape (${first?.path.join('.') || 'root'}: ${first?.message}).`,
    )
  }
  const state = result.data
  return { ...state, curriculum: withBuiltInLinks(state.curriculum) }
}
