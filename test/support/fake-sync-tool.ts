import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { dirname, join, relative } from 'node:path'

/** Every file under `root`, by path relative to it, with its bytes. */
export async function filesUnder(root: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>()
  const walk = async (dir: string): Promise<void> => {
    let entries
    try {
      entries = await readdir(dir, { withFileTypes: true })
    } catch {
      return
    }
    for (const entry of entries) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) await walk(path)
      else out.set(relative(root, path), await readFile(path))
    }
  }
  await walk(root)
  return out
}

interface Transfer {
  to: number
  path: string
  bytes: Buffer | null
}

/**
 * A sync tool at its worst, between one folder per computer: it carries each computer's files
 * (those under its own devices/<id>/ folder, from that computer's copy) to the others late, out
 * of order, half-written first, through temp names, with conflict copies beside them. `random`
 * decides every choice, so a failing run can be replayed.
 */
export class FakeSyncTool {
  readonly #folders: readonly string[]
  readonly #owners: Array<string | null>
  readonly #known = new Map<string, Buffer | null>()
  #queue: Transfer[] = []
  readonly #random: () => number

  constructor(folders: readonly string[], random: () => number) {
    this.#folders = folders
    this.#owners = folders.map(() => null)
    this.#random = random
  }

  /** Says which device id computer `index` writes as (its folder's devices/<id>/ is its to change). */
  own(index: number, device: string): void {
    this.#owners[index] = device
  }

  /** Notices what each computer changed in its own files and queues carrying it to the others. */
  async scan(): Promise<void> {
    for (const [index, folder] of this.#folders.entries()) {
      const device = this.#owners[index]
      if (!device) continue
      const prefix = join('groundwork-sync', 'devices', device)
      const files = await filesUnder(join(folder, prefix))
      const seen = new Set<string>()
      for (const [name, bytes] of files) {
        const path = join(prefix, name)
        seen.add(path)
        if (this.#known.get(path)?.equals(bytes)) continue
        this.#known.set(path, bytes)
        for (const to of this.#folders.keys()) if (to !== index) this.#queue.push({ to, path, bytes })
      }
      for (const [path, bytes] of this.#known) {
        if (path.startsWith(prefix) && bytes && !seen.has(path)) {
          this.#known.set(path, null)
          for (const to of this.#folders.keys()) if (to !== index) this.#queue.push({ to, path, bytes: null })
        }
      }
    }
  }

  /** Carries some of what is queued, in a random order, some of it cut short for now. */
  async deliverSome(): Promise<void> {
    const count = Math.floor(this.#random() * (this.#queue.length + 1))
    for (let i = 0; i < count && this.#queue.length > 0; i += 1) {
      const at = Math.floor(this.#random() * this.#queue.length)
      const [transfer] = this.#queue.splice(at, 1)
      const roll = this.#random()
      if (transfer!.bytes && transfer!.bytes.length > 8 && roll < 0.2) {
        // Half a file now (a transfer in progress); the whole one later.
        await this.#put(transfer!.to, transfer!.path, transfer!.bytes.subarray(0, transfer!.bytes.length >> 1))
        this.#queue.push(transfer!)
      } else if (transfer!.bytes && roll < 0.3) {
        // The same file twice, and a conflict copy beside it.
        await this.#carry(transfer!)
        await this.#carry(transfer!)
        const copy = transfer!.path.replace(/\.(gws|json)$/, `.sync-conflict-20261201-101010-ABCDEFG.$1`)
        await this.#put(transfer!.to, copy, transfer!.bytes)
      } else await this.#carry(transfer!)
    }
  }

  /** Carries everything queued, whole. */
  async deliverAll(): Promise<void> {
    await this.scan()
    while (this.#queue.length > 0) await this.#carry(this.#queue.shift()!)
  }

  async #carry({ to, path, bytes }: Transfer): Promise<void> {
    if (bytes === null) await rm(join(this.#folders[to]!, path), { force: true })
    else {
      // Through a temp name, as sync tools do.
      const temp = join(dirname(path), `.syncthing.${path.split('/').at(-1)}.tmp`)
      await this.#put(to, temp, bytes)
      await rename(join(this.#folders[to]!, temp), join(this.#folders[to]!, path))
    }
  }

  async #put(to: number, path: string, bytes: Buffer): Promise<void> {
    const target = join(this.#folders[to]!, path)
    await mkdir(dirname(target), { recursive: true })
    await writeFile(target, bytes)
  }
}
