import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { DATA_FILE } from '../src/main/store/data-store'
import { SKILLS } from '../src/shared/curriculum/skills'
import { freshState, type AppState, type Note, type SkillProgress } from '../src/shared/model'
// The same seeded generator as the crash test: every run loads the same file.
import { seededRandom } from '../test/support/seeded-random'

/** What the generated profile looks like: years of notes by default. */
export interface ProfileOptions {
  notes: number
  seed: number
  /** Mean note body length in characters; bodies vary from a third to twice as long. */
  meanBodyChars: number
}

/** The profile the scale and memory figures load: 5,000 notes, about 20 MB. */
export const YEARS_OF_NOTES: ProfileOptions = { notes: 5000, seed: 20240601, meanBodyChars: 3900 }

const WORDS = (
  'request response latency index query cache queue worker thread process container schema table row column join ' +
  'transaction lock retry timeout handler route middleware token session cookie header payload status error log metric ' +
  'trace deploy pipeline branch commit review test fixture mock contract migration backup replica shard partition ' +
  'throughput memory heap stack socket stream buffer encoding hash salt certificate proxy gateway load balancer ' +
  'service client server endpoint resource version release rollback monitor alert dashboard budget estimate trade-off'
).split(' ')

const SNIPPETS = [
  [
    'sql',
    'SELECT u.id, count(o.id) AS orders\nFROM users u\nLEFT JOIN orders o ON o.user_id = u.id\nGROUP BY u.id\nORDER BY orders DESC\nLIMIT 20;',
  ],
  [
    'ts',
    "app.get('/api/items/:id', async (req, res) => {\n  const item = await repo.find(req.params.id)\n  if (!item) return res.status(404).json({ error: 'not found' })\n  res.json(item)\n})",
  ],
  ['bash', 'docker build -t api .\ndocker run --rm -p 8080:8080 api\ncurl -i http://localhost:8080/health'],
  ['http', 'POST /v1/orders HTTP/1.1\nHost: example.test\nContent-Type: application/json\n\n{"sku": "A-12", "qty": 2}'],
  [
    'python',
    'def backoff(attempt: int) -> float:\n    # exponential, capped, with jitter\n    return min(30.0, 0.5 * 2 ** attempt) * random.random()',
  ],
] as const

/** Builds one note body of about `chars` characters of everyday study Markdown. */
function markdownBody(random: () => number, topic: string, subtopics: readonly string[], chars: number): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T
  const sentence = (): string => {
    const words = Array.from({ length: 8 + Math.floor(random() * 12) }, () => pick(WORDS))
    const text = words.join(' ')
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}${random() < 0.15 ? ` (see **${pick(subtopics)}**)` : ''}.`
  }
  const paragraph = (): string => Array.from({ length: 3 + Math.floor(random() * 4) }, sentence).join(' ')
  const parts = [`# ${topic}: ${pick(subtopics)}`, paragraph()]
  let length = parts.join('\n\n').length
  while (length < chars) {
    const kind = random()
    let part: string
    if (kind < 0.35) part = paragraph()
    else if (kind < 0.5) part = `## ${pick(subtopics)}`
    else if (kind < 0.65)
      part = Array.from(
        { length: 3 + Math.floor(random() * 4) },
        () => `- ${random() < 0.3 ? `[${random() < 0.5 ? 'x' : ' '}] ` : ''}${sentence()}`,
      ).join('\n')
    else if (kind < 0.78) {
      const [lang, code] = pick(SNIPPETS)
      part = `\`\`\`${lang}\n${code}\n\`\`\``
    } else if (kind < 0.88)
      part = `| Option | Good at | Watch out for |\n| --- | --- | --- |\n| ${pick(WORDS)} | ${pick(WORDS)} ${pick(WORDS)} | ${pick(WORDS)} |\n| ${pick(WORDS)} | ${pick(WORDS)} | ${pick(WORDS)} ${pick(WORDS)} |`
    else if (kind < 0.94) part = `> ${sentence()}`
    else part = `Further reading: [${pick(WORDS)} notes](https://example.org/${pick(WORDS)}) and \`${pick(WORDS)}()\`.`
    parts.push(part)
    length += part.length + 2
  }
  return parts.join('\n\n')
}

/** Builds a valid data file state with `notes` notes spread over the fifteen skills, deterministically. */
export function generateProfile(options: ProfileOptions = YEARS_OF_NOTES): AppState {
  const random = seededRandom(options.seed)
  const start = Date.UTC(2021, 0, 4)
  const span = Date.UTC(2025, 11, 20) - start
  const statuses = ['not-started', 'learning', 'done', 'skipped'] as const
  const skills: Record<string, SkillProgress> = {}
  for (const skill of SKILLS) {
    const subtopics = Object.fromEntries(skill.subtopics.filter(() => random() < 0.6).map((sub) => [sub.id, true]))
    skills[skill.id] = {
      status: statuses[Math.floor(random() * 3)] ?? 'learning',
      confidence: Math.floor(random() * 6),
      subtopics,
      updatedAt: new Date(start + random() * span).toISOString(),
    }
  }
  const notes: Record<string, Note> = {}
  for (let i = 0; i < options.notes; i += 1) {
    const skill = SKILLS[i % SKILLS.length]!
    const subtopics = skill.subtopics.map((sub) => sub.title)
    const id = `note-${String(i + 1).padStart(5, '0')}`
    const created = start + Math.floor((i / options.notes) * span)
    const chars = Math.round(options.meanBodyChars * (0.35 + random() * 1.3))
    notes[id] = {
      id,
      skillId: skill.id,
      title: `${skill.title}: ${subtopics[i % subtopics.length] ?? 'notes'} (${i + 1})`.slice(0, 200),
      body: markdownBody(random, skill.title, subtopics.length > 0 ? subtopics : [skill.title], chars),
      createdAt: new Date(created).toISOString(),
      updatedAt: new Date(created + Math.floor(random() * 30 * 86_400_000)).toISOString(),
    }
  }
  // The other slices take their defaults: a fresh state with these skills and notes.
  return { ...freshState(), skills, notes }
}

/** Writes a generated profile as the data file of `dir`; returns its path and size in bytes. */
export async function writeProfile(
  dir: string,
  options: ProfileOptions = YEARS_OF_NOTES,
): Promise<{ path: string; bytes: number; text: string }> {
  await mkdir(dir, { recursive: true })
  const text = JSON.stringify(generateProfile(options))
  const path = join(dir, DATA_FILE)
  await writeFile(path, text)
  return { path, bytes: Buffer.byteLength(text), text }
}

// `node --import tsx bench/profile.ts <folder>` writes the profile there (to try the app with it).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = process.argv[2]
  if (!dir) throw new Error('usage: node --import tsx bench/profile.ts <data folder>')
  const { path, bytes } = await writeProfile(dir)
  console.log(`wrote ${path} (${(bytes / 1024 / 1024).toFixed(1)} MB)`)
}
