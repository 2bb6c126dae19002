import { highlightParts } from '../../../../shared/search/text-match'

/** Text with the matched words wrapped in <mark>: built from text nodes, never from HTML. */
export function Highlighted({ text, terms }: { text: string; terms: readonly string[] }) {
  return (
    <>
      {highlightParts(text, terms).map((part, i) =>
        part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
      )}
    </>
  )
}
