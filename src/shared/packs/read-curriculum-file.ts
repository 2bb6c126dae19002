import { AppError } from '../result'
import { looksBinary } from '../safe-json'
import { readPackText } from './read-pack'
import { readOutline } from './outline-read'
import { incomingFromPack, type Incoming } from './incoming'

/** The extension of a file name, lowercased, dot included ('' when it has none). */
function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.')
  return dot > 0 ? name.slice(dot).toLowerCase() : ''
}

/** "my_go-track" as a category name: "My go track". */
function categoryFrom(name: string): string {
  const bare = name
    .slice(0, name.length - extensionOf(name).length)
    .replace(/[-_]+/g, ' ')
    .trim()
  return bare ? bare.charAt(0).toUpperCase() + bare.slice(1) : 'Imported'
}

/** Reads a chosen file, by its name and text, as a pack (JSON) or an outline (anything else). */
export function readCurriculumFile(name: string, text: string): { incoming: Incoming; kind: 'pack' | 'outline' } {
  if (looksBinary(text))
    throw new AppError(
      'invalid-payload',
      'This file holds binary data, not a curriculum pack or a Markdown outline. Nothing was changed.',
    )
  if (extensionOf(name) === '.json' || text.trimStart().startsWith('{'))
    return { incoming: incomingFromPack(readPackText(text)), kind: 'pack' }
  const incoming = readOutline(text, categoryFrom(name))
  if (incoming.skills.length === 0) {
    throw new AppError(
      'invalid-payload',
      'This outline has no skills to import: Groundwork reads headings with list items under them (`## Skill`, then `- [ ] Sub-topic`). Nothing was changed.',
    )
  }
  return { incoming, kind: 'outline' }
}
