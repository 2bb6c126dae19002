import { cp, mkdtemp } from 'node:fs/promises'
import { join } from 'node:path'
import { tmpdir } from 'node:os'
import { Session } from 'node:inspector/promises'
import { writeFile } from 'node:fs/promises'
import { writeProfile } from './profile'
import { openSettledCore } from './lib/core'
import { curriculumCards } from '../src/shared/curriculum/cards'
import { defaultCurriculum } from '../src/shared/curriculum/default'

const work = await mkdtemp(join(tmpdir(), 'gw-prof-'))
const { path } = await writeProfile(join(work, 'p'))
const aDir = join(work, 'a'), bDir = join(work, 'b'), shared = join(work, 's')
for (const d of [aDir, bDir, shared]) await import('node:fs/promises').then(f => f.mkdir(d, { recursive: true }))
await cp(path, join(aDir, 'groundwork-data.json')); await cp(path, join(bDir, 'groundwork-data.json'))
const a = await openSettledCore(aDir), b = await openSettledCore(bDir)
await a.dispatch('sync:start', { folder: shared, deviceName: 'A' })
await b.dispatch('sync:start', { folder: shared, deviceName: 'B' })
await a.sync.syncNow()
const ids = Object.keys(b.store.state.notes)
const cards = curriculumCards(defaultCurriculum()).map(c => c.id)
const w: Promise<unknown>[] = []
for (let i = 0; i < 2000; i++) { const id = ids[(i * 104729) % ids.length]!; w.push(b.store.update(s => { const n = s.notes[id]!; const at = n.body.length >> 1; n.body = n.body.slice(0, at) + ` w${i}` + n.body.slice(at) })) }
for (let i = 0; i < 200; i++) w.push(b.dispatch('review:rate', { cardId: cards[i % cards.length], grade: 3 }))
for (let i = 0; i < 50; i++) w.push(b.dispatch('skills:setStatus', { skillId: 'apis', status: ['learning','done'][i%2] }))
await Promise.all(w)
await b.sync.syncNow()
const session = new Session(); session.connect()
await session.post('Profiler.enable'); await session.post('Profiler.start')
const t = performance.now()
await a.sync.syncNow()
console.log('merge ms', performance.now() - t)
const { profile } = await session.post('Profiler.stop')
await writeFile('/tmp/prof/merge.cpuprofile', JSON.stringify(profile))
await a.close(); await b.close()
