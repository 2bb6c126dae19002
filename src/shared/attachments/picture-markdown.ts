import { imageLabel } from '../markdown/image-label'

// A stored picture as pictureMarkdown writes it: `![alt](attachments/<name>)`, the alt's `\`, `[` and `]` escaped.
const PICTURE = /!\[((?:\\.|[^\\\]\n])*)\]\(attachments\/([0-9a-f]{64}\.(?:png|jpg|gif|webp|svg))\)/g

/** A piece of a plain text (a card's): words, or a stored picture with its alt text. */
export type TextPiece = { kind: 'text'; text: string } | { kind: 'picture'; name: string; alt: string }

/** A plain text cut into its words and the stored pictures it shows, in order. */
export function picturePieces(text: string): TextPiece[] {
  const pieces: TextPiece[] = []
  let at = 0
  for (const match of text.matchAll(PICTURE)) {
    if (match.index > at) pieces.push({ kind: 'text', text: text.slice(at, match.index) })
    pieces.push({ kind: 'picture', name: match[2] as string, alt: (match[1] as string).replace(/\\(.)/g, '$1') })
    at = match.index + match[0].length
  }
  if (at < text.length) pieces.push({ kind: 'text', text: text.slice(at) })
  return pieces
}

/** A plain text with each stored picture shown as its label ("[image: alt]"), for places that show words only. */
export function withPictureLabels(text: string): string {
  return text.includes('](attachments/')
    ? picturePieces(text)
        .map((piece) => (piece.kind === 'text' ? piece.text : imageLabel(piece.alt)))
        .join('')
    : text
}
