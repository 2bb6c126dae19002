import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { appStateSchema, SCHEMA_VERSION, type AppState, type Note } from '../../src/shared/model'

const TOPICS = [
  'Indexes',
  'Joins',
  'Transactions',
  'Isolation levels',
  'Sharding',
  'Replication',
  'Query plans',
  'Migrations',
  'Backups',
  'Connection pools',
  'Deadlocks',
]

/**
 * `count` notes on `skillId`, one a day back from 2026-11-24 (so the newest created is `<prefix>-1`),
 * titled "Topic n", each edited at a time that does not follow its creation order, with a short
 * Markdown body.
 */
export function manyNotes(count: number, skillId = 'databases', prefix = 'note'): Record<string, Note> {
  const notes: Record<string, Note> = {}
  const day = Date.parse('2026-11-24T09:00:00.000Z')
  for (let n = 1; n <= count; n++) {
    const id = `${prefix}-${n}`
    const createdAt = new Date(day - n * 86_400_000).toISOString()
    // Edited later, in another order: every seventh note most recently.
    const updatedAt = new Date(
      day - n * 86_400_000 + ((n * 7919) % count) * 60_000 + (n % 7 === 0 ? 400 * 86_400_000 : 0),
    ).toISOString()
    const title = `${TOPICS[n % TOPICS.length]!} ${n}`
    notes[id] = {
      id,
      skillId,
      title,
      body: `# ${title}\n\nWhat I learnt about ${title.toLowerCase()}.\n\n- one\n- two\n`,
      createdAt,
      updatedAt,
    }
  }
  return notes
}

/** A fresh state holding `notes`. */
export function stateWithNotes(notes: Record<string, Note>): AppState {
  return appStateSchema.parse({ schemaVersion: SCHEMA_VERSION, notes })
}

/** A new data folder whose data file holds `state`, to launch the app on. */
export async function dataDirWith(state: AppState): Promise<string> {
  const dataDir = await mkdtemp(join(tmpdir(), 'groundwork-e2e-'))
  await writeFile(join(dataDir, 'groundwork-data.json'), JSON.stringify(state))
  return dataDir
}
