import { AppError } from '../../shared/result'
import { SCHEMA_VERSION, type AppState } from '../../shared/model'
import { validateState } from '../store/parse-state'
import { NewerVersionError } from '../store/migrations'
import { parseJsonSafely } from '../../shared/safe-json'

/** JSON.parse that refuses any object key able to pollute prototypes, in a backup's words. */
function parseBackupJson(text: string): unknown {
  const parsed = parseJsonSafely(text)
  if (parsed.ok) return parsed.value
  if (parsed.reason === 'syntax')
    throw new AppError(
      'invalid-payload',
      'This file is not valid JSON, so it cannot be a Groundwork backup (it may be cut short or be another kind of file). Nothing was changed.',
    )
  throw new AppError(
    'invalid-payload',
    `This file contains a "${parsed.key}" key, which a Groundwork backup never has. It was refused for safety; nothing was changed.`,
  )
}

/** Validates parsed JSON as Groundwork data (migrating older versions); readable errors. */
function validateImport(raw: unknown): AppState {
  // Files of the first builds carry no version but do have skills; migration upgrades them.
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || !('schemaVersion' in raw || 'skills' in raw)) {
    throw new AppError(
      'invalid-payload',
      'This JSON file is not a Groundwork backup (it has neither a data version nor skills). Nothing was changed.',
    )
  }
  try {
    return validateState(raw)
  } catch (error) {
    if (error instanceof NewerVersionError) {
      throw new AppError(
        'invalid-payload',
        `This backup was made by a newer version of Groundwork (data version ${error.version}; this version reads up to ${SCHEMA_VERSION}). Update Groundwork to import it. Nothing was changed.`,
      )
    }
    const reason = error instanceof Error ? error.message : String(error)
    throw new AppError('invalid-payload', `This file is not a valid Groundwork backup. ${reason} Nothing was changed.`)
  }
}

/** A backup file's text as Groundwork data: JSON without dangerous keys, then migration and schema. */
export function parseBackupText(text: string): AppState {
  return validateImport(parseBackupJson(text))
}
