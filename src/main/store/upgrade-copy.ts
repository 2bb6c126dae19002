import { access } from 'node:fs/promises'
import { writeDurably } from './durable-file'

/**
 * Keeps the file an older release wrote, byte for byte, before this build first writes the new
 * format: `groundwork-data.json` of version 1 is kept as `groundwork-data.v1.json` beside it (an
 * earlier copy of that name is never overwritten). Returns where it was kept.
 */
export async function keepPreUpgradeCopy(path: string, version: number, bytes: Buffer): Promise<string> {
  const base = path.replace(/\.json$/, `.v${version}`)
  let target = `${base}.json`
  for (let n = 2; await exists(target); n += 1) target = `${base}-${n}.json`
  await writeDurably(target, bytes)
  return target
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  )
}
