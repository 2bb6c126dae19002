// Child process for the crash test: runs the REAL DataStore and writes changes in a loop
// until it is killed. It prints "ready" once the store is open, then the key of each change
// only after that change's update() promise resolved (the app's "saved" promise).
// It starts, loads its modules, then waits for a line on stdin before opening the store, so the
// parent can start the next child while it checks the files the last one left.
// Usage: node --import tsx test/support/crash-writer.ts <dataDir> <runId> (the test runs a bundle of it)
import { once } from 'node:events'
import { DataStore } from '../../src/main/store/data-store'

const [dir, runId] = process.argv.slice(2)
if (!dir || !runId) throw new Error('usage: crash-writer <dataDir> <runId>')

/** Key of the change with sequence number `seq` in this run (a valid slug id). */
const keyOf = (seq: number): string => `r${runId}-${seq}`

await once(process.stdin, 'data')
process.stdin.pause()
const { store } = await DataStore.open(dir)
// stdout to a pipe is synchronous on Linux: once written, the parent gets it even after SIGKILL.
process.stdout.write('ready\n')
let seq = 0
for (;;) {
  // Bursts of 1-3 concurrent changes exercise group commit as typing would.
  const burst = 1 + (seq % 3)
  const writes: Array<Promise<void>> = []
  for (let i = 0; i < burst; i += 1) {
    const key = keyOf((seq += 1))
    writes.push(
      store
        .update((state) => {
          state.skills[key] = { status: 'learning', confidence: 3, subtopics: {}, updatedAt: new Date().toISOString() }
        })
        .then(() => void process.stdout.write(`${key}\n`)),
    )
  }
  await Promise.all(writes)
}
