import type { StateCreator } from 'zustand'
import type { SearchHit } from '../../../shared/contract/search'
import { call, type Outcome } from './call'
import { flushAllDrafts } from './note-draft'
import type { Store } from './store'

/** Most hits a search shows. */
const SHOWN_HITS = 50

/** The answer to the newest search: the text it was for, the best hits and how many matched. */
export interface SearchResults {
  text: string
  hits: SearchHit[]
  total: number
}

/** Most hits the command palette asks for (it shows a few of each kind). */
const PALETTE_HITS = 40

/** Full-text search over skills, sub-topics and notes, for the search box of the Skills view (and titles, for the palette). */
export interface SearchSlice {
  /** The text of the newest search asked for (null while no search box asks). */
  searchText: string | null
  searchResults: SearchResults | null
  /** Why the newest search failed, until one succeeds. */
  searchError: string | null
  /** Forgets the search (the box went away); answers still on their way are dropped. */
  resetSearch: () => void
  search: {
    /** Searches for `text`, after saving notes just typed so the search sees them; only the newest answer is held. */
    query: (text: string) => Promise<Outcome>
    /** Builds the index (an empty query does) so the first keystroke answers fast; nothing is held. */
    warmUp: () => Promise<Outcome>
    /** Skills, sub-topics and notes whose title matches `text`, best first, for the command palette; nothing is held. */
    titles: (text: string) => Promise<Outcome<SearchHit[]>>
  }
}

/** The search slice: the newest search and its answer. */
export const createSearchSlice: StateCreator<Store, [], [], SearchSlice> = (set, get) => {
  // An answer counts only while the box still asks for its text.
  const asked = (text: string): boolean => get().searchText === text
  return {
    searchText: null,
    searchResults: null,
    searchError: null,
    resetSearch: () => set({ searchText: null, searchResults: null, searchError: null }),
    search: {
      async query(text) {
        set({ searchText: text })
        await flushAllDrafts()
        // Answers can arrive out of order while typing fast: the key keeps the newest.
        return call(
          'search.query',
          { text, limit: SHOWN_HITS },
          {
            key: 'search',
            apply: (answer) => asked(text) && set({ searchResults: { text, ...answer }, searchError: null }),
            onFailure: (searchError) => asked(text) && set({ searchError }),
          },
        )
      },
      warmUp: () => call('search.query', { text: '' }),
      async titles(text) {
        await flushAllDrafts()
        const outcome = await call('search.query', { text, limit: PALETTE_HITS, titlesOnly: true })
        return outcome.ok ? { ok: true, value: outcome.value.hits } : outcome
      },
    },
  }
}
