import { SearchIndex } from '../shared/search'
import type { DataStore } from './store/data-store'

// One index per open data store, shared by the notes handlers (which keep it current) and
// the search handlers (which query it). Keyed weakly so a closed store's index goes with it.
const indexes = new WeakMap<DataStore, SearchIndex>()

/** The search index over `store`'s notes and the curriculum; it builds itself on first query. */
export function searchIndexFor(store: DataStore): SearchIndex {
  let index = indexes.get(store)
  if (!index) {
    index = new SearchIndex(() => store.state.notes)
    indexes.set(store, index)
  }
  return index
}
