import { readFile, stat } from 'node:fs/promises'
import { AppError } from '../../shared/result'
import { SCHEMA_VERSION, type AppState } from '../../shared/model'
import { validateState } from '../store/parse-state'
import { NewerVersionError } from '../store/migrations'

/** Largest backup file we read: far above any real data file, far below what hurts memory. */
const MAX_IMPORT_BYTES = 50 * 1024 * 1024

/** Keys that could reach Object.prototype if some code ever merged the parsed object. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`
}

/** JSON.parse that refuses any object key able to pollute prototypes. */
function parseJsonSafely(text: string): unknown {
  // No initial value: after `= null` the compiler would not see the reviver's assignment and take it for null below.
  let bad: string | undefined
  let value: unknown
  try {
    value = JSON.parse(text, function (key, val: unknown) {
      if (FORBIDDEN_KEYS.has(key)) bad = key
      return val
    })
  } catch {
    throw new AppError('invalid-payload', 'This file is not valid JSON, so it cannot be a Groundwork backup (it may be cut short or be another kind of file). Nothing was changed.')
  }
  if (bad !== undefined) throw new AppError('invalid-payload', `This file contains a "${bad}" key, which a Groundwork backup never has. It was refused for safety; nothing was changed.`)
  return value
}

/** Validates parsed JSON as Groundwork data (migrating older versions); readable errors. */
function validateImport(raw: unknown): AppState {
  // Files of the first builds carry no version but do have skills; migration upgrades them.
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || !('schemaVersion' in raw || 'skills' in raw)) {
    throw new AppError('invalid-payload', 'This JSON file is not a Groundwork backup (it has neither a data version nor skills). Nothing was changed.')
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

/**
 * Reads and validates a backup file. The size is checked before a single byte is read, so
 * a huge file costs nothing; then JSON without dangerous keys, then migration and schema.
 */
export async function readStateFile(path: string, maxBytes = MAX_IMPORT_BYTES): Promise<AppState> {
  let info
  try {
    info = await stat(path)
  } catch {
    throw new AppError('not-found', 'The chosen file could not be found or opened. Nothing was changed.')
  }
  if (!info.isFile()) throw new AppError('invalid-payload', 'The chosen item is not a file. Nothing was changed.')
  if (info.size > maxBytes) {
    throw new AppError('too-large', `This file is ${megabytes(info.size)}; a Groundwork backup can be at most ${megabytes(maxBytes)}. It was not read and nothing was changed.`)
  }
  const text = await readFile(path, 'utf8')
  if (text.trim() === '') throw new AppError('invalid-payload', 'This file is empty. Nothing was changed.')
  return validateImport(parseJsonSafely(text))
}
