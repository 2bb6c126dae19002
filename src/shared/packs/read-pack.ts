import { AppError } from '../result'
import { looksBinary, parseJsonSafely } from '../safe-json'
import { CURRICULUM_LIMITS as L } from '../curriculum/limits'
import { PACK_FORMAT, PACK_FORMAT_VERSION } from './pack-format'
import { packSchema, type CurriculumPack } from './pack-schema'

// Every refusal says what is wrong and that nothing changed: the pack is read and checked in full
// before the curriculum is touched.

const UNCHANGED = 'Nothing was changed.'

/** Where in the pack an issue is, as a reader finds it: "skills 3 › subtopics 2 › title". */
function where(path: readonly PropertyKey[]): string {
  return path.length === 0
    ? ''
    : `${path.map((part) => (typeof part === 'number' ? String(part + 1) : String(part))).join(' › ')}: `
}

/** Validates parsed JSON as a curriculum pack, with readable refusals. */
export function validatePack(raw: unknown): CurriculumPack {
  if (
    typeof raw !== 'object' ||
    raw === null ||
    Array.isArray(raw) ||
    (raw as { format?: unknown }).format !== PACK_FORMAT
  ) {
    throw new AppError(
      'invalid-payload',
      `This JSON file is not a Groundwork curriculum pack (it lacks "format": "${PACK_FORMAT}"). ${UNCHANGED}`,
    )
  }
  const { formatVersion, skills } = raw as { formatVersion?: unknown; skills?: unknown }
  if (typeof formatVersion === 'number' && formatVersion > PACK_FORMAT_VERSION) {
    throw new AppError(
      'invalid-payload',
      `This pack is in format version ${formatVersion}, made for a newer Groundwork (this one reads up to version ${PACK_FORMAT_VERSION}). Update Groundwork to add it. ${UNCHANGED}`,
    )
  }
  // Counted before the schema walks every skill: a pack of 10,000 skills is refused at once.
  if (Array.isArray(skills) && skills.length > L.skills) {
    throw new AppError(
      'too-large',
      `This pack has ${skills.length} skills; a curriculum can hold up to ${L.skills}. ${UNCHANGED}`,
    )
  }
  // So are a skill's sub-topics: the schema would check each of 400,000 empty items before their count.
  if (Array.isArray(skills)) {
    const crowded = skills.findIndex((skill: unknown) => {
      const subtopics =
        typeof skill === 'object' && skill !== null ? (skill as { subtopics?: unknown }).subtopics : undefined
      return Array.isArray(subtopics) && subtopics.length > L.subtopics
    })
    if (crowded >= 0)
      throw new AppError(
        'too-large',
        `Skill ${crowded + 1} of this pack has more than ${L.subtopics} sub-topics, the most a skill can hold. ${UNCHANGED}`,
      )
  }
  const parsed = packSchema.safeParse(raw)
  if (!parsed.success) {
    const issues = parsed.error.issues
    const first = issues[0]
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : ''
    throw new AppError(
      'invalid-payload',
      `This pack cannot be added: ${where(first?.path ?? [])}${first?.message ?? 'it does not have the expected shape.'}${more}. ${UNCHANGED}`,
    )
  }
  return parsed.data
}

/** Reads a pack file's text: binary data, invalid JSON and forbidden keys are refused before the shape is checked. */
export function readPackText(text: string): CurriculumPack {
  if (looksBinary(text))
    throw new AppError(
      'invalid-payload',
      `This file holds binary data, not a curriculum pack or a Markdown outline. ${UNCHANGED}`,
    )
  const parsed = parseJsonSafely(text)
  if (!parsed.ok && parsed.reason === 'syntax')
    throw new AppError(
      'invalid-payload',
      `This file is not valid JSON, so it cannot be a curriculum pack (it may be cut short). ${UNCHANGED}`,
    )
  if (!parsed.ok)
    throw new AppError(
      'invalid-payload',
      `This file contains a "${parsed.reason === 'forbidden-key' ? parsed.key : ''}" key, which a curriculum pack never has. It was refused for safety. ${UNCHANGED}`,
    )
  return validatePack(parsed.value)
}
