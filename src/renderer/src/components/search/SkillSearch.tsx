import { useEffect, useLayoutEffect, useRef } from 'react'
import type { SearchHit } from '../../../../shared/contract/search'
import { isVisibleSkill } from '../../../../shared/curriculum/access'
import { HIDDEN_MARK, skillLabel } from '../../../../shared/curriculum/skill-label'
import { useCurriculum } from '../../state/curriculum'
import { useStore } from '../../state/store'
import { isTyping } from '../common/focus'
import { useFocusIntent } from '../../state/intent'
import { Highlighted } from './Highlighted'
import { hitTarget } from '../../state/item-target'
import './search.css'

const KIND_LABELS: Record<SearchHit['kind'], string> = { skill: 'Skill', subtopic: 'Sub-topic', note: 'Note' }

/** Focuses `input` on "/" (outside text fields) and on Ctrl/Cmd+F anywhere. */
function useSearchShortcut(input: React.RefObject<HTMLInputElement | null>): void {
  // A layout effect, so the keys work from the first paint (see KeyboardLayer).
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      // The note editor's own search took Ctrl/Cmd+F.
      if (event.defaultPrevented) return
      const findKey =
        event.key.toLowerCase() === 'f' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey
      const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event)
      if (!findKey && !slash) return
      event.preventDefault()
      input.current?.focus()
      input.current?.select()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [input])
}

/** The search box over skills, sub-topics and notes; results replace the checklist while it has text. */
export function SkillSearch({ text, onText }: { text: string; onText: (text: string) => void }) {
  const input = useRef<HTMLInputElement>(null)
  const answer = useStore((s) => s.searchResults)
  const error = useStore((s) => s.searchError)
  const { query, warmUp } = useStore((s) => s.search)
  const resetSearch = useStore((s) => s.resetSearch)
  const showItem = useStore((s) => s.showItem)
  const curriculum = useCurriculum()
  useSearchShortcut(input)
  useFocusIntent('skill-search', input)
  // A search belongs to this box: shown again, it starts empty.
  useEffect(() => resetSearch, [resetSearch])

  const run = (value: string): void => {
    onText(value)
    void query(value)
  }

  // The hit's own item: the skill's title, the sub-topic's checkbox or the note's editor takes focus.
  const open = (hit: SearchHit): void => void showItem(hitTarget(hit))

  const showing = text.trim() !== '' && answer?.text === text
  return (
    <div className="search" role="search">
      <div className="search-field">
        <label htmlFor="skill-search" className="visually-hidden">
          Search skills and notes
        </label>
        <input
          ref={input}
          id="skill-search"
          type="search"
          value={text}
          placeholder="Search skills and notes"
          aria-keyshortcuts="/ Control+F Meta+F"
          // Warms the index up (an empty query builds it) so the first keystroke answers fast.
          onFocus={() => void warmUp()}
          onChange={(event) => run(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && text !== '') {
              event.preventDefault()
              run('')
            }
          }}
        />
        <kbd className="search-hint" aria-hidden="true" title="Press / or Ctrl+F to search">
          /
        </kbd>
      </div>
      {error ? (
        <p role="alert" className="search-error">
          Search failed: {error}
        </p>
      ) : null}
      {text.trim() !== '' ? (
        <div className="search-results">
          <p role="status" className="search-count">
            {!showing
              ? 'Searching…'
              : answer.total === 0
                ? `Nothing matches “${text.trim()}”. Try fewer or shorter words.`
                : `${answer.total} ${answer.total === 1 ? 'match' : 'matches'}${answer.total > answer.hits.length ? `, best ${answer.hits.length} shown` : ''}`}
          </p>
          {showing && answer.hits.length > 0 ? (
            <ul aria-label="Search results" className="hit-list">
              {answer.hits.map((hit) => (
                <li key={`${hit.kind}:${hit.noteId ?? ''}:${hit.skillId}:${hit.subtopicId ?? ''}`}>
                  <button type="button" className={`hit hit-${hit.kind}`} onClick={() => open(hit)}>
                    <span className="hit-kind">
                      {KIND_LABELS[hit.kind]}
                      {hit.kind === 'skill'
                        ? isVisibleSkill(curriculum, hit.skillId)
                          ? ''
                          : HIDDEN_MARK
                        : ` · ${skillLabel(curriculum, hit.skillId)}`}
                    </span>
                    <span className="hit-title">
                      <Highlighted text={hit.title} terms={hit.terms} />
                    </span>
                    {hit.snippet && hit.kind !== 'subtopic' ? (
                      <span className="hit-snippet">
                        <Highlighted text={hit.snippet} terms={hit.terms} />
                      </span>
                    ) : null}
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </div>
  )
}
