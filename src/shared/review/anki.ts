import type { ReviewState } from '../schemas/review'
import type { Curriculum } from '../schemas/curriculum'
import { allCards } from './cards-of'
import { picturePieces } from '../attachments/picture-markdown'

// Anki's text import (docs.ankiweb.net, "Text Files" and "File Headers"): `#key:value` header lines
// at the top; then one note per line, fields split by the separator; a field holding the separator,
// a double quote or a line break is wrapped in double quotes, with each quote inside doubled. With
// `#html:true` a field is HTML, so `<`, `>` and `&` are written as entities and line breaks as <br>.

/** The deck Anki puts the cards in. */
export const ANKI_DECK = 'Groundwork'

/** One row of the file: a Basic note's two fields, its tags and the guid that makes a re-import update it. */
export interface AnkiRow {
  guid: string
  front: string
  back: string
  tags: string[]
}

/** A card's text as an HTML field: entities for the characters HTML reads as markup, <br> for line breaks. */
export function htmlField(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r\n?|\n/g, '<br>')
}

/**
 * A card's text as an HTML field in which each stored picture is an image Anki shows: Anki finds a
 * picture by its bare file name in the profile's collection.media folder.
 */
export function ankiField(text: string): string {
  return picturePieces(text)
    .map((piece) =>
      piece.kind === 'text'
        ? htmlField(piece.text)
        : `<img src="${piece.name}" alt="${htmlField(piece.alt).replace(/"/g, '&quot;')}">`,
    )
    .join('')
}

/** A field as it goes between tabs: quoted when it holds a tab, a quote or a line break, or starts a line with `#` (Anki would read a comment). */
export function quotedField(field: string): string {
  return /[\t"\r\n]/.test(field) || field.startsWith('#') ? `"${field.replace(/"/g, '""')}"` : field
}

/** The rows for every live card, each tagged with where it comes from and its skill. */
export function ankiRows(review: ReviewState, curriculum: Curriculum): AnkiRow[] {
  return allCards(review, curriculum).map((card) => {
    const source = card.noteId ? 'note' : Object.hasOwn(review.custom, card.id) ? 'own' : 'curriculum'
    // Ids never change, so the guid does not either: Anki updates the note instead of adding a copy.
    return {
      guid: `groundwork-${card.id}`,
      front: card.front,
      back: card.back,
      tags: ['groundwork', `groundwork::${card.skillId}`, `groundwork::${source}`],
    }
  })
}

/** The whole file: headers, then one tab-separated line per row (Front, Back, Tags, GUID). */
export function ankiFile(rows: readonly AnkiRow[], deck = ANKI_DECK): string {
  const headers = [
    '#separator:tab',
    '#html:true',
    '#notetype:Basic',
    `#deck:${deck}`,
    '#tags column:3',
    '#guid column:4',
  ]
  const lines = rows.map((row) =>
    [ankiField(row.front), ankiField(row.back), row.tags.join(' '), row.guid].map(quotedField).join('\t'),
  )
  return `${[...headers, ...lines].join('\n')}\n`
}
