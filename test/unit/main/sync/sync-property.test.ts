import { afterEach, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { join } from 'node:path'
import { createCore, type Core } from '../../../../src/main/core'
import type { SyncStatus } from '../../../../src/shared/contract/sync'
import { COLLECTIONS, itemsOf, stableJson } from '../../../../src/main/sync/collections'
import { curriculumCards } from '../../../../src/shared/curriculum/cards'
import { defaultCurriculum } from '../../../../src/shared/curriculum/default'
import { testServices } from '../../../support/test-services'
import { testClock, TEST_NOW } from '../../../support/test-clock'
import { answerOf } from '../../../support/dispatch-answer'
import { tempDir } from '../../../support/temp-dir'
import { FakeSyncTool, filesUnder } from '../../../support/fake-sync-tool'

const cleanups: Array<() => Promise<void>> = []
afterEach(async () => {
  for (const clean of cleanups.splice(0).reverse()) await clean()
})

const DAY = 86_400_000
const SKILLS = ['apis', 'databases', 'security', 'languages']
const STATUSES = ['not-started', 'learning', 'done', 'skipped'] as const
const CARDS = curriculumCards(defaultCurriculum())
  .slice(0, 3)
  .map((card) => card.id)
const subtopicsOf = (skillId: string): string[] =>
  defaultCurriculum()
    .skills.find((skill) => skill.id === skillId)!
    .subtopics.slice(0, 3)
    .map((s) => s.id)

type Op =
  | { kind: 'create'; at: number; skill: number }
  | { kind: 'edit'; at: number; note: number; line: number }
  | { kind: 'delete'; at: number; note: number }
  | { kind: 'status'; at: number; skill: number; status: number }
  | { kind: 'tick'; at: number; skill: number; sub: number; done: boolean }
  | { kind: 'rate'; at: number; card: number; grade: 1 | 2 | 3 | 4 }
  | { kind: 'sync'; at: number }
  | { kind: 'deliver' }

const opArb = (computers: number): fc.Arbitrary<Op> => {
  const at = fc.nat({ max: computers - 1 })
  return fc.oneof(
    fc.record({ kind: fc.constant('create' as const), at, skill: fc.nat(3) }),
    fc.record({ kind: fc.constant('edit' as const), at, note: fc.nat(9), line: fc.nat(5) }),
    fc.record({ kind: fc.constant('edit' as const), at, note: fc.nat(9), line: fc.nat(5) }),
    fc.record({ kind: fc.constant('delete' as const), at, note: fc.nat(9) }),
    fc.record({ kind: fc.constant('status' as const), at, skill: fc.nat(3), status: fc.nat(3) }),
    fc.record({ kind: fc.constant('tick' as const), at, skill: fc.nat(3), sub: fc.nat(2), done: fc.boolean() }),
    fc.record({ kind: fc.constant('rate' as const), at, card: fc.nat(2), grade: fc.constantFrom(1, 2, 3, 4) }),
    fc.record({ kind: fc.constant('sync' as const), at }),
    fc.record({ kind: fc.constant('sync' as const), at }),
    fc.constant({ kind: 'deliver' as const }),
  )
}

/** The items where two computers' synced data differ, as "collection/key: mine | theirs". */
function differences(a: Core, b: Core): string[] {
  const out: string[] = []
  for (const collection of COLLECTIONS) {
    const left = itemsOf(a.store.state, collection)
    const right = itemsOf(b.store.state, collection)
    for (const key of new Set([...left.keys(), ...right.keys()])) {
      const x = stableJson(left.get(key))
      const y = stableJson(right.get(key))
      if (x !== y) out.push(`${collection.name}/${key}: ${x?.slice(0, 300)} | ${y?.slice(0, 300)}`)
    }
  }
  return out
}

/** Every file outside a computer's own devices/<id>/ folder, to prove it never writes or removes another's. */
async function othersFiles(folder: string, device: string): Promise<string> {
  const files = await filesUnder(folder)
  const own = join('groundwork-sync', 'devices', device)
  return [...files]
    .filter(([path]) => !path.startsWith(own))
    .map(([path, bytes]) => `${path}:${bytes.toString('base64')}`)
    .sort()
    .join('\n')
}

describe('computers syncing through a sync tool that delays, reorders, cuts short and duplicates files', () => {
  it('all end with the same data, every word typed survives, and none touches another computer’s files', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 2, max: 4 }).chain((n) =>
          fc.record({
            n: fc.constant(n),
            offsets: fc.array(fc.integer({ min: -10, max: 10 }), { minLength: n, maxLength: n }),
            ops: fc.array(opArb(n), { minLength: 4, maxLength: 24 }),
            seed: fc.integer(),
          }),
        ),
        async ({ n, offsets, ops, seed }) => {
          const temps: Array<{ remove(): Promise<void> }> = []
          const cores: Core[] = []
          try {
            const folders: string[] = []
            for (let i = 0; i < n; i += 1) {
              const data = await tempDir()
              const folder = await tempDir('groundwork-syncfolder-')
              temps.push(data, folder)
              folders.push(folder.dir)
              // Each computer's clock is off by up to ten days.
              const clock = testClock(new Date(TEST_NOW.getTime() + offsets[i]! * DAY))
              cores.push(
                await createCore({
                  dataDir: data.dir,
                  services: testServices(data.dir),
                  log: () => undefined,
                  clock,
                  sync: { watch: false, rescanMs: 3_600_000, writeDelayMs: 3_600_000 },
                }),
              )
            }
            let state = seed
            const random = (): number => {
              state = (Math.imul(state, 1103515245) + 12345) | 0
              return ((state >>> 8) & 0xffff) / 0x10000
            }
            const tool = new FakeSyncTool(folders, random)
            const devices: string[] = []
            for (const [i, core] of cores.entries()) {
              const status = await answerOf<SyncStatus>(core, 'sync:start', {
                folder: folders[i],
                deviceName: `PC${i}`,
              })
              devices.push(status.deviceId!)
              tool.own(i, status.deviceId!)
              await tool.deliverAll()
            }
            const syncOn = async (i: number): Promise<void> => {
              const before = await othersFiles(folders[i]!, devices[i]!)
              await answerOf(cores[i]!, 'sync:syncNow')
              expect(await othersFiles(folders[i]!, devices[i]!)).toBe(before)
            }
            for (let i = 0; i < n; i += 1) await syncOn(i)
            await tool.deliverAll()
            for (let i = 0; i < n; i += 1) await syncOn(i)

            const typed: Array<{ word: string; at: number }> = []
            let words = 0
            const word = (): string => `mark${(words += 1)}x`
            for (const op of ops) {
              if (op.kind === 'deliver') {
                await tool.scan()
                await tool.deliverSome()
                continue
              }
              const core = cores[op.at]!
              const notes = Object.values(core.store.state.notes).sort((a, b) => (a.id < b.id ? -1 : 1))
              const note = 'note' in op && notes.length > 0 ? notes[op.note % notes.length] : undefined
              switch (op.kind) {
                case 'create': {
                  const w = word()
                  typed.push({ word: w, at: op.at })
                  await answerOf(core, 'notes:create', {
                    skillId: SKILLS[op.skill],
                    title: `N ${w}`,
                    body: `Start ${w}\n\nEnd`,
                  })
                  break
                }
                case 'edit': {
                  if (!note) break
                  const w = word()
                  typed.push({ word: w, at: op.at })
                  const lines = note.body.split('\n')
                  const line = op.line % lines.length
                  lines[line] = `${lines[line]} ${w}`
                  await answerOf(core, 'notes:save', { id: note.id, body: lines.join('\n') })
                  break
                }
                case 'delete':
                  if (note) await answerOf(core, 'notes:delete', { id: note.id })
                  break
                case 'status':
                  await answerOf(core, 'skills:setStatus', { skillId: SKILLS[op.skill], status: STATUSES[op.status] })
                  break
                case 'tick': {
                  const skillId = SKILLS[op.skill]!
                  await answerOf(core, 'skills:setSubtopic', {
                    skillId,
                    subtopicId: subtopicsOf(skillId)[op.sub],
                    done: op.done,
                  })
                  break
                }
                case 'rate':
                  await answerOf(core, 'review:rate', { cardId: CARDS[op.card], grade: op.grade })
                  break
                case 'sync':
                  await syncOn(op.at)
                  break
              }
            }
            // Then the tool catches up and every computer syncs until nothing moves.
            for (let round = 0; round < 3; round += 1) {
              for (let i = 0; i < n; i += 1) {
                await tool.deliverAll()
                await syncOn(i)
              }
            }
            await tool.deliverAll()
            for (let i = 0; i < n; i += 1) await syncOn(i)

            for (const core of cores.slice(1)) expect(differences(cores[0]!, core)).toEqual([])
            for (const core of cores) expect(core.sync.status().held).toBeUndefined()
            // Every word typed is in a note, that computer's history of it, or the trash.
            for (const { word: w, at } of typed) {
              const state = cores[at]!.store.state
              const where = JSON.stringify([state.notes, state.noteHistory, state.trash])
              expect(where, `${w} typed on PC${at}`).toContain(w)
            }
            // Reading the same files again changes nothing.
            const updates = cores.map((core) => core.store.updateCount)
            for (let i = 0; i < n; i += 1) await syncOn(i)
            expect(cores.map((core) => core.store.updateCount)).toEqual(updates)
          } finally {
            for (const core of cores) await core.close()
            for (const temp of temps) await temp.remove()
          }
        },
      ),
      { numRuns: Number(process.env.SYNC_PROPERTY_RUNS ?? 12) },
    )
  }, 240_000)
})
