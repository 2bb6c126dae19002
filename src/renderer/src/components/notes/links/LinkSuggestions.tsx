import type { LinkSuggestion } from './use-link-autocomplete'
import './links.css'

/** The listbox of `[[` suggestions below the line being typed; the textarea keeps focus and points at the active option. */
export function LinkSuggestions({
  id,
  shown,
  top,
  suggestions,
  active,
  pick,
}: {
  id: string
  shown: boolean
  top: number
  suggestions: LinkSuggestion[]
  active: number
  pick: (suggestion: LinkSuggestion) => void
}) {
  return (
    <>
      <p className="visually-hidden" aria-live="polite">
        {shown ? `${suggestions.length} ${suggestions.length === 1 ? 'suggestion' : 'suggestions'} for a link: up and down arrows to choose, Enter to insert, Escape to close.` : ''}
      </p>
      {shown ? (
        <ul id={id} role="listbox" aria-label="Link to" className="link-suggestions" style={{ top: `${top}px` }}>
          {suggestions.map((suggestion, i) => (
            <li
              key={suggestion.key}
              id={`${id}-${i}`}
              role="option"
              aria-selected={i === active}
              // Pressing here must not take focus from the textarea.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => pick(suggestion)}
            >
              <span>{suggestion.name}</span>
              <span className="kind">{suggestion.kind}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  )
}
