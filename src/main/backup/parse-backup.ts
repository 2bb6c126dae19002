import { AppError } from '../../shared/result'
import { SCHEMA_VERSION, type AppState } from '../../shared/model'
import { validateState } from '../store/parse-state'
import { NewerVersionError } from '../store/migrations'
import { parseJsonSafely } from '../../shared/safe-json'
import { storedNameOf } from '../attachments/picture-kind'

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

/** A backup as read: its data, the pictures whose bytes match their names, and the names of those that did not. */
export interface BackupContents {
  state: AppState
  pictures: Array<{ name: string; bytes: Uint8Array }>
  /** Pictures left out: their bytes do not hash to their name (damaged or changed), or the name is not a picture's. */
  refused: string[]
}

/**
 * A backup's pictures (`attachments`: name to base64, since pictures came to notes), each kept only
 * when its bytes hash to its name. A backup from before has none.
 */
function picturesOf(raw: unknown): Pick<BackupContents, 'pictures' | 'refused'> {
  if (raw === undefined) return { pictures: [], refused: [] }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new AppError('invalid-payload', 'The pictures part of this backup is not readable. Nothing was changed.')
  const pictures: BackupContents['pictures'] = []
  const refused: string[] = []
  for (const [name, base64] of Object.entries(raw)) {
    const bytes = typeof base64 === 'string' ? Buffer.from(base64, 'base64') : null
    if (bytes && storedNameOf(bytes) === name) pictures.push({ name, bytes: new Uint8Array(bytes) })
    else refused.push(name)
  }
  return { pictures, refused }
}

/** A backup file's text as Groundwork data (JSON without dangerous keys, then migration and schema) and the pictures it carries. */
export function parseBackupText(text: string): BackupContents {
  const raw = parseBackupJson(text)
  if (typeof raw === 'object' && raw !== null && !Array.isArray(raw) && 'attachments' in raw) {
    const { attachments, ...data } = raw
    return { state: validateImport(data), ...picturesOf(attachments) }
  }
  return { state: validateImport(raw), pictures: [], refused: [] }
}
