// Times the search index with 5,000 generated notes: first build, then queries typed
// keystroke by keystroke. Run: node --import tsx bench/search.ts
import { performance } from 'node:perf_hooks'
import { SearchIndex, type IndexedNote } from '../src/shared/search'
import { SKILLS } from '../src/shared/curriculum/skills'

const NOTES = 5_000
const WORDS_PER_NOTE = 180

// A deterministic generator so runs are comparable.
let seed = 42
function random(): number {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31
  return seed / 2 ** 31
}

const vocabulary = [
  ...new Set(
    SKILLS.flatMap((skill) => [skill.title, skill.summary, ...skill.subtopics.map((sub) => sub.title)])
      .join(' ')
      .toLowerCase()
      .match(/[a-z]+/g) ?? [],
  ),
]
// Rare made-up words so vocabulary size resembles real notes (several thousand distinct terms).
const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ru', 'sta', 'pe', 'quo', 'tri', 'vel', 'dor', 'an', 'ex', 'ul', 'zen', 'bri']
for (let i = 0; i < 6_000; i += 1) {
  const length = 2 + Math.floor(random() * 3)
  vocabulary.push(Array.from({ length }, () => SYLLABLES[Math.floor(random() * SYLLABLES.length)]).join(''))
}

function sentence(words: number): string {
  return Array.from({ length: words }, () => vocabulary[Math.floor(random() * vocabulary.length)]).join(' ')
}

const notes: Record<string, IndexedNote> = {}
for (let i = 0; i < NOTES; i += 1) {
  const id = `note-${i}`
  const skill = SKILLS[i % SKILLS.length]!
  notes[id] = { id, skillId: skill.id, title: i % 3 === 0 ? '' : sentence(3), body: `# ${sentence(4)}\n\n${sentence(WORDS_PER_NOTE)}`, updatedAt: new Date(0).toISOString() }
}
const chars = Object.values(notes).reduce((sum, note) => sum + note.body.length, 0)

const index = new SearchIndex(() => notes)
let started = performance.now()
index.query('warm up')
const buildMs = performance.now() - started

const queries = ['databases', 'transactions acid', 'postgresql indexes', 'kubernetis', 'serverless cold starts', 'quokalo']
const times: number[] = []
for (let round = 0; round < 5; round += 1) {
  for (const query of queries) {
    // Every prefix, as typed one key at a time.
    for (let end = 1; end <= query.length; end += 1) {
      started = performance.now()
      index.query(query.slice(0, end), 30)
      times.push(performance.now() - started)
      if (round === 0 && process.env.VERBOSE) console.log(query.slice(0, end), (performance.now() - started).toFixed(1))
    }
  }
}
times.sort((a, b) => a - b)
const at = (q: number): string => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(2)
const mean = times.reduce((a, b) => a + b, 0) / times.length

started = performance.now()
const edited = { ...notes['note-7']!, body: `${notes['note-7']!.body} freshly added words`, updatedAt: new Date(1).toISOString() }
notes['note-7'] = edited
index.noteChanged(edited)
const updateMs = performance.now() - started

console.log(`search: ${NOTES} notes, ${(chars / 1e6).toFixed(1)} M chars of text`)
console.log(`  first query (builds the index): ${buildMs.toFixed(0)} ms`)
console.log(`  per-keystroke query over ${times.length} queries: mean ${mean.toFixed(2)} ms, median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms`)
console.log(`  re-indexing one saved note: ${updateMs.toFixed(2)} ms`)
