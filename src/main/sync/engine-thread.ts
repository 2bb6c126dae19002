import type { Worker } from 'node:worker_threads'
import { builtWorker, onDisk, startWorker } from '../worker-thread'
import type { EngineReply, EngineRequest, EngineValue } from './sync-worker'
import type { FieldConflict, Touched } from './sync-doc'
import type { LocalItem } from './local-items'

/** The engine thread's heap: well above a big library's document, and an overrun ends the thread, not main. */
const HEAP_LIMIT_MB = 2048

type Request = EngineRequest extends infer R ? (R extends EngineRequest ? Omit<R, 'id'> : never) : never

/**
 * Main's side of the sync engine's thread (sync-worker.ts): each call is one message, answered in
 * order. The thread holds the Yjs document; main keeps only the learner's data.
 */
export class EngineThread {
  readonly #worker: Worker
  readonly #waiting = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>()
  #next = 0
  #broken: Error | null = null

  private constructor(worker: Worker) {
    this.#worker = worker
    worker.on('message', (reply: EngineReply) => {
      const waiter = this.#waiting.get(reply.id)
      this.#waiting.delete(reply.id)
      if (reply.ok) waiter?.resolve(reply.value)
      else waiter?.reject(new Error(reply.message))
    })
    const fail = (error: Error): void => {
      this.#broken ??= error
      for (const waiter of this.#waiting.values()) waiter.reject(error)
      this.#waiting.clear()
    }
    worker.on('error', fail)
    worker.on('exit', (code) => fail(new Error(`The sync engine stopped (exit code ${code}).`)))
  }

  /** Starts the thread and opens the document (`saved`: the engine's last saved state). */
  static async open(device: string, saved?: Uint8Array): Promise<EngineThread> {
    const script = builtWorker('sync-worker')
    const thread = new EngineThread(
      startWorker(script, new URL('./sync-worker.ts', onDisk(import.meta.url)), HEAP_LIMIT_MB),
    )
    await thread.#call({ op: 'open', device, ...(saved ? { saved } : {}) })
    return thread
  }

  #call(request: Request, transfer: ArrayBuffer[] = []): Promise<unknown> {
    if (this.#broken) return Promise.reject(this.#broken)
    const id = (this.#next += 1)
    return new Promise((resolve, reject) => {
      this.#waiting.set(id, { resolve, reject })
      this.#worker.postMessage({ ...request, id }, transfer)
    })
  }

  /** Items changed here; not awaited by the store's listener (messages are answered in order). */
  takeItems(items: LocalItem[]): Promise<unknown> {
    return items.length === 0 ? Promise.resolve(null) : this.#call({ op: 'items', items })
  }

  seed(collection: string, entries: Array<[string, unknown]>, mode: 'new' | 'mine' | 'join'): Promise<FieldConflict[]> {
    return this.#call({ op: 'seed', collection, entries, mode }) as Promise<FieldConflict[]>
  }

  async applyRemote(updates: Uint8Array[]): Promise<{ touched: Touched; conflicts: FieldConflict[] }> {
    const answer = (await this.#call({ op: 'remote', updates })) as {
      touched: Array<[string, string[]]>
      conflicts: FieldConflict[]
    }
    return {
      touched: new Map(answer.touched.map(([name, keys]) => [name, new Set(keys)])),
      conflicts: answer.conflicts,
    }
  }

  values(collection: string, keys: string[]): Promise<EngineValue[]> {
    return this.#call({ op: 'values', collection, keys }) as Promise<EngineValue[]>
  }

  keys(collection: string): Promise<string[]> {
    return this.#call({ op: 'keys', collection }) as Promise<string[]>
  }

  encode(): Promise<Uint8Array> {
    return this.#call({ op: 'encode' }) as Promise<Uint8Array>
  }

  /** This computer's changes not yet written, as batches of at most `max` changes; the thread forgets them. */
  takePending(max: number): Promise<Uint8Array[]> {
    return this.#call({ op: 'pending', max }) as Promise<Uint8Array[]>
  }

  /** The device id an engine client id wrote as, if known. */
  deviceOfClient(client: number): Promise<string | null> {
    return this.#call({ op: 'client', client }) as Promise<string | null>
  }

  async close(): Promise<void> {
    await this.#worker.terminate()
  }
}
